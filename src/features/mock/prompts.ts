import { principlePromptCardId, questionPromptCardId } from '@/domain/cards';
import type { MockSource } from '@/domain/mock';
import type { LiveModel } from '@/lib/live-model';
import { PRINCIPLE_PROMPT_PREFIX, QUESTION_PROMPT_PREFIX } from '@/lib/card-faces';

/** Every behavioural prompt card, in deck order: expected questions, then "tell me about a time" per principle. */
export function allPrompts(model: LiveModel): string[] {
  return [...(model.decks.get('questions') ?? [])];
}

/** The cards a mock draws from: every behavioural prompt, or those of the chosen principles or questions. */
export function promptPool(model: LiveModel, source: MockSource, chosen: readonly string[]): string[] {
  if (source === 'principles') {
    return chosen.flatMap((id) => {
      const principle = model.principleById.get(id);
      if (!principle) return [];
      return [principlePromptCardId(id), ...principle.questions.map(questionPromptCardId)];
    });
  }
  if (source === 'questions') return chosen.filter((id) => model.questionById.has(id)).map(questionPromptCardId);
  return allPrompts(model);
}

/** The principles a prompt card is about: the question's, or the principle itself. */
export function promptPrinciples(model: LiveModel, cardId: string): string[] {
  if (cardId.startsWith(QUESTION_PROMPT_PREFIX)) return [...(model.questionById.get(cardId.slice(QUESTION_PROMPT_PREFIX.length))?.principles ?? [])];
  if (cardId.startsWith(PRINCIPLE_PROMPT_PREFIX)) return [cardId.slice(PRINCIPLE_PROMPT_PREFIX.length)];
  return [];
}

/** How a repeated question is filed in the history. */
export function sourceOf(cardId: string): MockSource {
  return cardId.startsWith(QUESTION_PROMPT_PREFIX) ? 'questions' : 'principles';
}
