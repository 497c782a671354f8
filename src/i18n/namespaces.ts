import type { common } from './common';
import type { cardsText } from './cards';
import type { hintsText } from './hints';
import type { recordingsText } from './recordings';
import type { storageText } from './storage';

/**
 * Every i18next namespace by name, with the shape of its English messages (the types behind
 * react-i18next's `CustomTypeOptions`). The shared layer lists its own namespaces here; each feature
 * adds its namespace from its own `text.ts`, without this layer knowing it:
 *
 *     declare module '@/i18n/namespaces' {
 *       interface Namespaces { readonly stories: typeof en }
 *     }
 */
export interface Namespaces {
  /** The shell's words, bundled with the first page. */
  readonly common: (typeof common)['en'];
  /** The save state and the storage notices, loaded when first shown. */
  readonly storage: (typeof storageText)['en'];
  /** The hints beside a story or a draft answer, loaded with the forms that show them. */
  readonly hints: (typeof hintsText)['en'];
  /** Adding, editing and deleting flashcards (topic pages, the deck list, the review session). */
  readonly cards: (typeof cardsText)['en'];
  /** Keeping and deleting the mock interview's recordings (the mock's settings and the settings page). */
  readonly recordings: (typeof recordingsText)['en'];
}

export type Namespace = keyof Namespaces;
