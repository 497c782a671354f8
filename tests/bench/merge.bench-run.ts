import { describe, it } from 'vitest';
import { DAY, type Grade } from '../../src/domain/review.ts';
import { createScheduler, gradeCard } from '../../src/domain/scheduling.ts';
import { EMPTY_STORY } from '../../src/domain/story.ts';
import { localStudyClock } from '../../src/domain/study-day.ts';
import { seededRandom as random } from '../unit/seeded-random.ts';

const CARDS = 2000;
const STORIES = 200;
const T0 = Date.UTC(2026, 8, 1);

const ms = (v: number): string => `${v.toFixed(1)} ms`;

describe('merge import bench', () => {
  it('plans a merge of two diverged devices: 200 stories, 2,000 cards graded on both, the same file twice', async () => {
    const { EMPTY_USER_DATA } = await import('../../src/stores/user-data.ts');
    const { markSynced } = await import('../../src/stores/import-plan.ts');
    const { planMerge } = await import('../../src/stores/import-merge.ts');
    type UserData = typeof EMPTY_USER_DATA;
    const scheduler = createScheduler({ desiredRetention: 0.9 });
    const clock = localStudyClock();
    const next = random(7);
    const device = (side: string, offset: number): UserData => {
      const stories: Record<string, { story: typeof EMPTY_STORY; updatedAt: number; deleted: boolean }> = {};
      for (let i = 0; i < STORIES; i += 1) {
        const text = next() < 0.3 ? `${side} version of story ${i}` : `story ${i}`;
        stories[`story-${i}`] = {
          story: { ...EMPTY_STORY, title: `Story ${i}`, star: { ...EMPTY_STORY.star, situation: text.repeat(20) } },
          updatedAt: T0 + i,
          deleted: false,
        };
      }
      const cards: Record<string, ReturnType<typeof gradeCard>['next']> = {};
      const log: ReturnType<typeof gradeCard>['entry'][] = [];
      for (let c = 0; c < CARDS; c += 1) {
        const id = `topic:bench:${c.toString(36)}`;
        let card = undefined as ReturnType<typeof gradeCard>['next'];
        for (let g = 0; g < 3; g += 1) {
          const result = gradeCard(scheduler, id, card, (1 + Math.floor(next() * 4)) as Grade, T0 + (g * 7 + offset) * DAY + c * 1000, clock);
          card = result.next;
          log.push(result.entry);
        }
        cards[id] = card;
      }
      log.sort((a, b) => a[0] - b[0]);
      return { ...EMPTY_USER_DATA, stories, review: { ...EMPTY_USER_DATA.review, cards: cards as UserData['review']['cards'], log } };
    };
    const desk = markSynced(device('desk', 0), []);
    const phone = markSynced(device('phone', 3), []);
    const file = markSynced(phone, [phone]);
    let t = performance.now();
    const plan = planMerge(desk, file, T0 + 100 * DAY);
    const first = performance.now() - t;
    t = performance.now();
    const again = planMerge(plan.merged, file, T0 + 101 * DAY);
    const second = performance.now() - t;
    if (!again.unchanged) throw new Error('merging the same file twice changed something');
    console.log(
      `[bench] merge: ${STORIES} stories, ${CARDS} cards with ${desk.review.log.length} + ${phone.review.log.length} reviews: plan ${ms(first)} (${plan.preview.reviews.changes} cards replayed, ${plan.preview.stories.conflicts} conflicts); the same file again ${ms(second)}`,
    );
  });
});
