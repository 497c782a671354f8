import type { TFunction } from 'i18next';
import { entries } from 'virtual:loop-prep/content/cards';
import type { CardFace } from '@/domain/cards';
import { pickText, type Lang } from '@/domain/content';

const faces: ReadonlyMap<string, CardFace> = new Map(entries.map((face) => [face.id, face]));

export function findFace(id: string): CardFace | undefined {
  return faces.get(id);
}

/** A card in one line, as lists of cards show it (stats): its question, or what it asks. */
export function cardLabel(id: string, lang: Lang, t: TFunction<'review'>): string {
  const face = findFace(id);
  if (face === undefined) return t('card.missing');
  switch (face.kind) {
    case 'topic':
      return face.question;
    case 'recall':
      return face.direction === 'title-to-statement'
        ? t('card.labelRecallTitle', { title: face.title[lang] })
        : t('card.labelRecallStatement', { title: face.title[lang] });
    case 'prompt':
      return face.source === 'question' ? pickText(face.prompt, lang) : t('card.tellStory', { title: pickText(face.prompt, lang) });
  }
}
