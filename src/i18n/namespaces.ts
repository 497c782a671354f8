import type { en as cards } from './cards';
import type { en as common } from './common';
import type { en as hints } from './hints';
import type { en as recordings } from './recordings';
import type { en as storage } from './storage';

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
  /** The shell's words: English bundled with the first page, Korean loaded when shown. */
  readonly common: typeof common;
  /** The save state and the storage notices, loaded when first shown. */
  readonly storage: typeof storage;
  /** The hints beside a story or a draft answer, loaded with the forms that show them. */
  readonly hints: typeof hints;
  /** Adding, editing and deleting flashcards (topic pages, the deck list, the review session). */
  readonly cards: typeof cards;
  /** Keeping and deleting the mock interview's recordings (the mock's settings and the settings page). */
  readonly recordings: typeof recordings;
}

export type Namespace = keyof Namespaces;
