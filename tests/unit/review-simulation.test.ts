// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { simulateMany } from '../bench/review-simulation';

describe('interview mode, simulated', () => {
  it('brings a learner following FSRS to a mean predicted recall of 0.95 on the interview morning, within 1.3 times the reviews', () => {
    // 186 topic cards, 14 days, 20 new cards a day, ten seeded learners (deterministic).
    const options = { cards: 186, days: 14, newCardsPerDay: 20, desiredRetention: 0.9 };
    const plain = simulateMany({ ...options, interviewMode: false }, 10);
    const interview = simulateMany({ ...options, interviewMode: true }, 10);
    expect(interview.meanRecall).toBeGreaterThanOrEqual(0.95);
    expect(interview.meanRecall).toBeGreaterThan(plain.meanRecall);
    expect(interview.atLeast90).toBeGreaterThan(plain.atLeast90);
    expect(interview.reviews).toBeLessThanOrEqual(1.3 * plain.reviews);
  }, 120_000);
});
