import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { CardFace, PromptCardFace } from '@/domain/cards';
import { pickText, type Lang } from '@/domain/content';
import { buildCardFace, contentSources } from '@/lib/card-faces';
import { useLiveCardModel } from '@/lib/use-live-cards';
import { useAppStore } from '@/stores/app-store';

/** What a behavioural prompt asks: the question, or the LP's interview phrasing. */
export function promptText(face: PromptCardFace, lang: Lang, t: TFunction<'review'>): string {
  if (face.prompt !== null) return pickText(face.prompt, lang);
  return t('card.lpPrompt', { title: face.title?.[lang] ?? face.sourceId });
}

/** A card in one line, as lists of cards show it (stats): its question, or what it asks. */
export function cardLabel(face: CardFace | undefined, lang: Lang, t: TFunction<'review'>): string {
  if (face === undefined) return t('card.missing');
  switch (face.kind) {
    case 'topic':
      return face.question;
    case 'recall':
      return face.direction === 'title-to-statement'
        ? t('card.labelRecallTitle', { title: face.title[lang] })
        : t('card.labelRecallStatement', { title: face.title[lang] });
    case 'prompt':
      return promptText(face, lang, t);
  }
}

/** The live face of any card by id (own cards and edits included), for lists of many cards. */
export function useFaceOf(): (id: string) => CardFace | undefined {
  const model = useLiveCardModel();
  const stories = useAppStore((s) => s.stories);
  const questionDrafts = useAppStore((s) => s.questionDrafts);
  const cards = useAppStore((s) => s.cards);
  const ownQuestions = useAppStore((s) => s.ownQuestions);
  const principleNotes = useAppStore((s) => s.principleNotes);
  return useMemo(() => {
    const user = { stories, questionDrafts, cards, ownQuestions, principleNotes };
    return (id) => buildCardFace(id, model, user, contentSources);
  }, [model, stories, questionDrafts, cards, ownQuestions, principleNotes]);
}
