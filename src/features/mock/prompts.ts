import { PRINCIPLE_PROMPT_PREFIX, principlePromptCardId, QUESTION_PROMPT_PREFIX, questionPromptCardId } from '@/domain/cards';
import type { MockSource } from '@/domain/mock';
import type { LiveCardModel } from '@/lib/live-model';

/** True for a question with its words written (the notes may keep one by number and leave it blank). */
export function isAskable(model: LiveCardModel, questionId: string): boolean {
  const prompt = model.questionById.get(questionId)?.prompt;
  return prompt !== undefined && ((prompt.en ?? '').trim() !== '' || (prompt.ko ?? '').trim() !== '');
}

/**
 * Every behavioural prompt card that can be asked, in deck order: expected questions, then "tell
 * me about a time" per principle. A blank question cannot be asked aloud, so it is left out.
 */
export function allPrompts(model: LiveCardModel): string[] {
  return (model.decks.get('questions') ?? []).filter(
    (id) => !id.startsWith(QUESTION_PROMPT_PREFIX) || isAskable(model, id.slice(QUESTION_PROMPT_PREFIX.length)),
  );
}

/** The cards a mock draws from: every behavioural prompt, or those of the chosen principles or questions. */
export function promptPool(model: LiveCardModel, source: MockSource, chosen: readonly string[]): string[] {
  if (source === 'principles') {
    return chosen.flatMap((id) => {
      const principle = model.principleById.get(id);
      if (!principle) return [];
      return [principlePromptCardId(id), ...principle.questions.filter((q) => isAskable(model, q)).map(questionPromptCardId)];
    });
  }
  if (source === 'questions') return chosen.filter((id) => isAskable(model, id)).map(questionPromptCardId);
  return allPrompts(model);
}

/** The principles a prompt card is about: the question's, or the principle itself. */
export function promptPrinciples(model: LiveCardModel, cardId: string): string[] {
  if (cardId.startsWith(QUESTION_PROMPT_PREFIX)) return [...(model.questionById.get(cardId.slice(QUESTION_PROMPT_PREFIX.length))?.principles ?? [])];
  if (cardId.startsWith(PRINCIPLE_PROMPT_PREFIX)) return [cardId.slice(PRINCIPLE_PROMPT_PREFIX.length)];
  return [];
}

/** How a repeated question is filed in the history. */
export function sourceOf(cardId: string): MockSource {
  return cardId.startsWith(QUESTION_PROMPT_PREFIX) ? 'questions' : 'principles';
}
