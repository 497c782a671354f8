import { describe, it } from 'vitest';
import type { ContentIndex, TopicCardIds } from '../../src/domain/content.ts';
import { PRINCIPLE_IDS } from '../../src/domain/content.ts';
import { topicCardId } from '../../src/domain/ids.ts';
import type { StoryOverlay } from '../../src/domain/overlays.ts';
import { EMPTY_STORY } from '../../src/domain/story.ts';
import { liveCardModel } from '../../src/lib/live-cards.ts';
import { buildLiveModel, liveModel, type LiveUserData } from '../../src/lib/live-model.ts';

const TOPICS = 50;
const CARDS_PER_TOPIC = 100;
const STORIES = 200;
const QUESTIONS = 100;
const KEYSTROKES = 300;

/** A large set of notes: 5,000 topic cards, 200 stories, 100 questions, the 16 principles. */
function bigIndex(): { index: ContentIndex; ids: TopicCardIds } {
  const principles = PRINCIPLE_IDS.map((id, i) => ({ id, order: i + 1, title: { en: id, ko: id }, sources: [], stories: [], questions: [] }));
  const stories = Array.from({ length: STORIES }, (_, i) => ({
    id: `story-${i}`,
    title: `Story ${i}`,
    principles: [PRINCIPLE_IDS[i % 16] ?? 'ownership', PRINCIPLE_IDS[(i * 7) % 16] ?? 'ownership'],
    followUps: ['Why?'],
    sources: [],
    questions: [],
    filled: { situation: true, task: true, action: i % 3 !== 0, result: true },
  }));
  const questions = Array.from({ length: QUESTIONS }, (_, i) => ({
    id: `question-${i}`,
    order: i,
    prompt: { ko: `질문 ${i}` },
    principles: [PRINCIPLE_IDS[i % 16] ?? 'ownership'],
    stories: [`story-${i}`],
    sources: [],
    answered: i % 2 === 0,
  }));
  const topics = Array.from({ length: TOPICS }, (_, t) => ({
    id: `topic-${t}`,
    title: { en: `Topic ${t}` },
    round: 1,
    tags: [],
    sources: [],
    cardCount: CARDS_PER_TOPIC,
  }));
  const ids = Object.fromEntries(topics.map((t) => [t.id, Array.from({ length: CARDS_PER_TOPIC }, (_, c) => topicCardId(t.id, `Question ${c}`))]));
  return { index: { principles, questions, stories, topics, guides: [] }, ids };
}

describe('live model', () => {
  it('builds once, and again on each keystroke in a story, with 5,000 cards', () => {
    const { index, ids } = bigIndex();
    const user: LiveUserData = { stories: {}, questionDrafts: {}, cards: {}, ownQuestions: {}, principleNotes: {} };
    let started = performance.now();
    const first = liveCardModel(index, ids, user, buildLiveModel(index, user));
    const firstMs = performance.now() - started;

    // Typing in a story replaces the stories slice on every keystroke: the model is rebuilt.
    const times: number[] = [];
    let stories: Record<string, StoryOverlay> = {};
    for (let i = 0; i < KEYSTROKES; i += 1) {
      stories = { ...stories, 'my-story': { story: { ...EMPTY_STORY, title: 'x'.repeat(i + 1), principles: ['think-big'] }, updatedAt: i, deleted: false } };
      started = performance.now();
      const typed = { ...user, stories };
      liveCardModel(index, ids, typed, liveModel(index, typed));
      times.push(performance.now() - started);
    }
    started = performance.now();
    const read = { ...user, stories };
    for (let i = 0; i < 1000; i += 1) liveCardModel(index, ids, read, liveModel(index, read));
    const memoMs = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const at = (q: number): string => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(2);
    console.log(
      `[bench] live model: ${first.cards.length} cards, ${first.stories.length} stories, ${first.questions.length} questions; ` +
        `first build ${firstMs.toFixed(1)} ms; rebuild per keystroke median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms; ` +
        `memoised read ${(memoMs * 1000).toFixed(2)} µs (frame budget 16 ms)`,
    );
  });
});
