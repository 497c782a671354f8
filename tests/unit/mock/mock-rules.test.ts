import { describe, expect, it } from 'vitest';
import { DAY, STATE_LEARNING, STATE_REVIEW, type StoredCard } from '@/domain/review';
import { dueFirst, followUpOrder, newMockSessionId, MOCK_SESSION_ID_PATTERN, pickPrompts, type BankFollowUp } from '@/domain/mock';

const now = Date.UTC(2026, 10, 29, 3);
const card = (state: 0 | 1 | 2 | 3, due: number): StoredCard => ({
  due,
  stability: 3,
  difficulty: 5,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 2,
  lapses: 0,
  state,
  lastReview: due - 3 * DAY,
});

describe('which prompts a mock asks', () => {
  const pool = ['prompt:lp:a', 'prompt:lp:b', 'prompt:lp:c', 'prompt:lp:d', 'prompt:lp:e'];
  const cards = {
    'prompt:lp:b': card(STATE_REVIEW, now + 5 * DAY),
    'prompt:lp:c': card(STATE_REVIEW, now - 2 * DAY),
    'prompt:lp:d': card(STATE_LEARNING, now - 60_000),
  };

  it('due first (earliest first), then never practised, then the rest by due date', () => {
    expect(dueFirst(pool, cards, now + DAY / 2)).toEqual(['prompt:lp:c', 'prompt:lp:d', 'prompt:lp:a', 'prompt:lp:e', 'prompt:lp:b']);
    expect(pickPrompts({ source: 'due', pool, cards, dueBefore: now + DAY / 2, count: 3, random: Math.random })).toEqual([
      'prompt:lp:c',
      'prompt:lp:d',
      'prompt:lp:a',
    ]);
  });

  it('chosen principles or questions keep the due-first order within the choice', () => {
    expect(
      pickPrompts({ source: 'principles', pool: ['prompt:lp:b', 'prompt:lp:a', 'prompt:lp:c'], cards, dueBefore: now, count: 5, random: Math.random }),
    ).toEqual(['prompt:lp:c', 'prompt:lp:a', 'prompt:lp:b']);
  });

  it('a random mix draws from the whole pool with the given random source, each prompt once', () => {
    let seed = 1;
    const random = (): number => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const mix = pickPrompts({ source: 'mix', pool: [...pool, 'prompt:lp:a'], cards, dueBefore: now, count: 5, random });
    expect([...mix].sort()).toEqual([...pool].sort());
    expect(mix).not.toEqual(pool);
  });

  it('session ids are kebab-case and carry the time', () => {
    const id = newMockSessionId(now, () => 0.5);
    expect(id).toMatch(MOCK_SESSION_ID_PATTERN);
    expect(id).toBe(`m-${now.toString(36)}-iiii`);
  });
});

describe('the order of follow-ups', () => {
  const bank: BankFollowUp[] = [
    { id: 'own-part', order: 1, prompt: { en: 'What was your own part?', ko: '본인의 역할은 무엇이었나요?' }, principles: [] },
    { id: 'measure', order: 2, prompt: { en: 'How did you measure the result?', ko: '결과를 어떻게 측정했나요?' }, principles: ['deliver-results'] },
    { id: 'differently', order: 3, prompt: { en: 'What would you do differently?', ko: '다시 한다면 무엇을 다르게 하겠어요?' }, principles: [] },
    {
      id: 'disagree',
      order: 4,
      prompt: { en: 'Who disagreed, and how did you handle it?', ko: '누가 반대했고 어떻게 대처했나요?' },
      principles: ['have-backbone-disagree-and-commit'],
    },
  ];

  it("asks the stories' own follow-ups first, then the bank: the principles' own, then the general ones", () => {
    const order = followUpOrder({
      storyFollowUps: [['Why did the first plan fail?', 'What would you do differently?'], ['Why did the first plan fail?']],
      bank,
      principles: ['deliver-results'],
      lang: 'en',
      seed: 0,
    });
    expect(order).toEqual([
      { text: 'Why did the first plan fail?', source: 'story' },
      { text: 'What would you do differently?', source: 'story' },
      { text: 'How did you measure the result?', source: 'bank' },
      { text: 'What was your own part?', source: 'bank' },
      // "What would you do differently?" was the story's already; the bank's copy is skipped.
      { text: 'Who disagreed, and how did you handle it?', source: 'bank' },
    ]);
  });

  it('asks in the language of the session, and turns the bank from one mock to the next', () => {
    const ko = followUpOrder({ storyFollowUps: [], bank, principles: [], lang: 'ko', seed: 1 });
    expect(ko.map((f) => f.text)).toEqual([
      '결과를 어떻게 측정했나요?',
      '다시 한다면 무엇을 다르게 하겠어요?',
      '누가 반대했고 어떻게 대처했나요?',
      '본인의 역할은 무엇이었나요?',
    ]);
    expect(ko.every((f) => f.source === 'bank')).toBe(true);
  });
});
