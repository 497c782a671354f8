import type { TFunction } from 'i18next';
import type { InteropCard } from '@/domain/card-interop';
import type { CardFace } from '@/domain/cards';
import type { Lang } from '@/domain/content';
import { buildCardFace, contentSources } from '@/lib/card-faces';
import { getTopic } from '@/lib/content';
import type { LiveCardModel, LiveUserData } from '@/lib/live-model';
import { promptText } from './card-label';
import type { Deck } from './decks';

/**
 * A card as question and answer text for another app, from its live face (the user's edits and
 * own cards as they are now). Topic and own cards keep their markdown answers; LP recall cards
 * their title and statement in the UI language; behavioural prompts their key points, or the
 * stories to tell.
 */
export function exportCard(face: CardFace, lang: Lang, t: TFunction<'review'>): InteropCard {
  switch (face.kind) {
    case 'topic': {
      if (face.topic === null) return { question: face.question, answer: face.answer, tags: [] };
      return { question: face.question, answer: face.answer, tags: [...(getTopic(face.topic)?.tags ?? []), face.topic] };
    }
    case 'recall': {
      const [question, answer] = face.direction === 'title-to-statement' ? [face.title[lang], face.statement[lang]] : [face.statement[lang], face.title[lang]];
      return { question, answer, tags: ['leadership-principle', face.principle] };
    }
    case 'prompt': {
      const stories = face.stories.map((story) => `- ${story.title}`).join('\n');
      const answer = [face.keyPoints.trim(), stories].filter((part) => part !== '').join('\n\n');
      return {
        question: promptText(face, lang, t),
        answer: answer === '' ? t(face.source === 'question' ? 'card.noStory' : 'card.noStoryForPrinciple') : answer,
        tags: ['behavioural'],
      };
    }
  }
}

/** Every card of a deck that can be written out, in deck order. */
export function exportDeck(deck: Deck, model: LiveCardModel, user: LiveUserData, lang: Lang, t: TFunction<'review'>): InteropCard[] {
  return deck.cardIds.flatMap((id) => {
    const face = buildCardFace(id, model, user, contentSources);
    return face === undefined ? [] : [exportCard(face, lang, t)];
  });
}
