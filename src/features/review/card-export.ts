import type { TFunction } from 'i18next';
import type { InteropCard } from '@/domain/card-interop';
import { pickText, type Lang } from '@/domain/content';
import { getTopic } from '@/lib/content';
import { findFace } from './card-label';
import type { Deck } from './decks';

/**
 * A card as question and answer text for another app. Topic cards keep their markdown answers;
 * LP recall cards their title and statement in the UI language; behavioural prompts their key
 * points, or the stories to tell.
 */
export function exportCard(id: string, lang: Lang, t: TFunction<'review'>): InteropCard | null {
  const face = findFace(id);
  if (face === undefined) return null;
  switch (face.kind) {
    case 'topic':
      return { question: face.question, answer: face.answer, tags: [...(getTopic(face.topic)?.tags ?? []), face.topic] };
    case 'recall': {
      const [question, answer] = face.direction === 'title-to-statement' ? [face.title[lang], face.statement[lang]] : [face.statement[lang], face.title[lang]];
      return { question, answer, tags: ['leadership-principle', face.principle] };
    }
    case 'prompt': {
      const question = face.source === 'question' ? pickText(face.prompt, lang) : t('card.tellStory', { title: pickText(face.prompt, lang) });
      const stories = face.stories.map((story) => `- ${story.title}`).join('\n');
      const answer = [face.keyPoints.trim(), stories].filter((part) => part !== '').join('\n\n');
      return { question, answer: answer === '' ? t('card.noStory') : answer, tags: ['behavioural'] };
    }
  }
}

/** Every card of a deck that can be written out, in deck order. */
export function exportDeck(deck: Deck, lang: Lang, t: TFunction<'review'>): InteropCard[] {
  return deck.cardIds.flatMap((id) => exportCard(id, lang, t) ?? []);
}
