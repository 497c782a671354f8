import { describe, expect, it } from 'vitest';
import type { ContentIndex } from '@/domain/content';
import { allPrompts, promptPool } from '@/features/mock/prompts';
import { NO_USER_DATA, NOTE_CARD_IDS, NOTE_INDEX } from '../fixtures/notes';
import { buildCardModel } from '../live-card-model';

/** The fixture notes with a question kept by number but left blank, as the candidate's notes have one. */
const index: ContentIndex = {
  ...NOTE_INDEX,
  questions: [...NOTE_INDEX.questions, { id: 'question-5', order: 5, prompt: { ko: '' }, principles: ['ownership'], stories: [], answered: false }],
};
const model = buildCardModel(index, NOTE_CARD_IDS, NO_USER_DATA);

describe('the prompts a mock can ask', () => {
  it('are the behavioural cards, questions first, without a question left blank', () => {
    const all = allPrompts(model);
    expect(all.slice(0, 2)).toEqual(['prompt:question:why-amazon', 'prompt:question:bold-bet']);
    expect(all).toContain('prompt:lp:ownership');
    expect(all).not.toContain('prompt:question:question-5');
  });

  it('for chosen principles: each principle’s own prompt and its written questions', () => {
    expect(promptPool(model, 'principles', ['ownership'])).toEqual(['prompt:lp:ownership', 'prompt:question:why-amazon']);
    expect(promptPool(model, 'questions', ['bold-bet', 'question-5', 'gone'])).toEqual(['prompt:question:bold-bet']);
  });
});
