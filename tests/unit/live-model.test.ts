import { describe, expect, it } from 'vitest';
import { topicCardId } from '@/domain/ids';
import type { CardOverlay, OwnQuestion, StoryOverlay } from '@/domain/overlays';
import { EMPTY_STORY, type StoryFields } from '@/domain/story';
import { liveModel, type LiveUserData } from '@/lib/live-model';
import { NO_USER_DATA, NOTE_CARD_IDS, NOTE_INDEX } from './fixtures/notes';
import { buildCardModel } from './live-card-model';
import { liveCardModel } from '@/lib/live-cards';

const story = (fields: Partial<StoryFields>, updatedAt = 1, deleted = false): StoryOverlay => ({ story: { ...EMPTY_STORY, ...fields }, updatedAt, deleted });
const user = (patch: Partial<LiveUserData>): LiveUserData => ({ ...NO_USER_DATA, ...patch });
const model = (patch: Partial<LiveUserData> = {}) => buildCardModel(NOTE_INDEX, NOTE_CARD_IDS, user(patch));
const ownCard = (deck: string, question = 'Q', updatedAt = 1, deleted = false): CardOverlay => ({ question, answer: 'A', deck, updatedAt, deleted });
const ownQuestion = (prompt: OwnQuestion['prompt'], principles: string[], deleted = false): OwnQuestion => ({ prompt, principles, updatedAt: 1, deleted });

const DOCKER_1 = topicCardId('docker', 'What isolates a container?');
const DOCKER_2 = topicCardId('docker', 'What does exit code 137 mean?');

describe('live model: the content baseline', () => {
  it('links principles to stories and questions, and questions and stories both ways', () => {
    const m = model();
    expect(m.principleById.get('dive-deep')).toMatchObject({ stories: ['alerting', 'gst'], questions: ['why-amazon'] });
    expect(m.principleById.get('think-big')).toMatchObject({ stories: [], questions: ['bold-bet'] });
    expect(m.questionById.get('why-amazon')).toMatchObject({ stories: ['gst'], answered: true, origin: 'content', drafted: false });
    expect(m.questionById.get('bold-bet')).toMatchObject({ stories: [], answered: false });
    expect(m.storyById.get('gst')).toMatchObject({
      questions: ['why-amazon'],
      followUps: ['What would you do differently?'],
      origin: 'content',
      edited: false,
    });
    expect(m.storyById.get('alerting')?.questions).toEqual([]);
  });

  it('counts what the dashboard shows', () => {
    expect(model().counts).toEqual({
      principles: 4,
      covered: 2,
      solid: 1,
      noStory: 2,
      oneStory: 1,
      stories: 2,
      completeStories: 1,
      questions: 2,
      answeredQuestions: 1,
      topics: 1,
      topicCards: 2,
    });
    expect(model().cards).toHaveLength(2 + 8 + 2 + 4);
  });
});

describe('live model: what the user writes overlays the baseline', () => {
  it('counts a story written in the app on its principle everywhere', () => {
    const before = model();
    const after = model({ stories: { 'big-bet': story({ title: 'Big bet', principles: ['think-big'] }) } });
    expect(before.principleById.get('think-big')?.stories).toEqual([]);
    expect(after.principleById.get('think-big')?.stories).toEqual(['big-bet']);
    expect(after.storyById.get('big-bet')).toMatchObject({ origin: 'app', title: 'Big bet' });
    expect(after.coverage.rows.find((r) => r.principle === 'think-big')).toEqual({
      principle: 'think-big',
      stories: ['big-bet'],
      count: 1,
      none: false,
      thin: true,
    });
    expect(after.counts).toMatchObject({ covered: 3, noStory: 1, oneStory: 2, stories: 3 });
  });

  it('moves links when a content story is edited, and drops a deleted story from every link', () => {
    const edited = model({ stories: { gst: story({ title: 'GST', principles: ['think-big'] }) } });
    expect(edited.principleById.get('ownership')?.stories).toEqual([]);
    expect(edited.principleById.get('think-big')?.stories).toEqual(['gst']);
    expect(edited.storyById.get('gst')).toMatchObject({ title: 'GST', edited: true });

    const deleted = model({ stories: { gst: story({ title: 'GST' }, 5, true) } });
    expect(deleted.storyById.has('gst')).toBe(false);
    expect(deleted.principleById.get('dive-deep')?.stories).toEqual(['alerting']);
    expect(deleted.questionById.get('why-amazon')?.stories).toEqual([]);
    expect(deleted.deletedStories).toEqual([{ id: 'gst', title: 'GST' }]);
  });

  it("links a question's stories from the user's draft, both ways", () => {
    const m = model({ questionDrafts: { 'bold-bet': { keyPoints: '- bet big', draft: '', stories: ['alerting'], updatedAt: 2 } } });
    expect(m.questionById.get('bold-bet')).toMatchObject({ stories: ['alerting'], answered: true, drafted: true });
    expect(m.storyById.get('alerting')?.questions).toEqual(['bold-bet']);
    const cleared = model({ questionDrafts: { 'why-amazon': { keyPoints: '', draft: '', stories: [], updatedAt: 2 } } });
    expect(cleared.questionById.get('why-amazon')).toMatchObject({ stories: [], answered: false });
    expect(cleared.storyById.get('gst')?.questions).toEqual([]);
  });

  it("lists the user's own questions after content's, linked to their principles and stories", () => {
    const m = model({
      ownQuestions: {
        'q-b': ownQuestion({ en: 'Why this team?' }, ['ownership']),
        'q-a': ownQuestion({ ko: '가장 큰 실패는?' }, ['think-big', 'nope']),
        'q-c': ownQuestion({ en: 'Gone' }, [], true),
      },
      questionDrafts: { 'q-a': { keyPoints: '', draft: 'I failed.', stories: ['gst'], updatedAt: 3 } },
    });
    expect(m.questions.map((q) => q.id)).toEqual(['why-amazon', 'bold-bet', 'q-a', 'q-b']);
    expect(m.questionById.get('q-a')).toMatchObject({
      origin: 'app',
      principles: ['think-big'],
      stories: ['gst'],
      answered: true,
      prompt: { ko: '가장 큰 실패는?' },
    });
    expect(m.principleById.get('think-big')?.questions).toEqual(['bold-bet', 'q-a']);
    expect(m.storyById.get('gst')?.questions).toEqual(['why-amazon', 'q-a']);
    expect(m.deletedQuestions).toEqual([{ id: 'q-c', prompt: { en: 'Gone' } }]);
    expect(m.counts).toMatchObject({ questions: 4, answeredQuestions: 2 });
  });

  it('marks principles whose notes the user rewrote', () => {
    expect(model({ principleNotes: { 'think-big': { notes: 'Mine', updatedAt: 1 } } }).principleById.get('think-big')?.notesEdited).toBe(true);
    expect(model().principleById.get('think-big')?.notesEdited).toBe(false);
  });
});

describe('live model: coverage', () => {
  it('puts principles with no story first, flags fewer than two, and flags a story over three principles', () => {
    const m = model({ stories: { wide: story({ title: 'Everything', principles: ['ownership', 'think-big', 'bias-for-action', 'dive-deep'] }) } });
    expect(m.coverage.rows.map((r) => [r.principle, r.count, r.none, r.thin])).toEqual([
      ['ownership', 2, false, false],
      ['think-big', 1, false, true],
      ['bias-for-action', 1, false, true],
      ['dive-deep', 3, false, false],
    ]);
    expect(m.coverage.overloaded).toEqual(['wide']);
    expect(model().coverage.rows.map((r) => r.principle)).toEqual(['think-big', 'bias-for-action', 'ownership', 'dive-deep']);
    expect(model().coverage.overloaded).toEqual([]);
  });
});

describe('live model: cards and decks', () => {
  it('lists topic cards, LP recall, question prompts and LP prompts with their decks', () => {
    const m = model();
    expect(m.decks.get('topic:docker')).toEqual([DOCKER_1, DOCKER_2]);
    expect(m.decks.get('topics')).toEqual([DOCKER_1, DOCKER_2]);
    expect(m.decks.get('principles')).toHaveLength(8);
    expect(m.decks.get('questions')).toEqual([
      'prompt:question:why-amazon',
      'prompt:question:bold-bet',
      'prompt:lp:ownership',
      'prompt:lp:think-big',
      'prompt:lp:bias-for-action',
      'prompt:lp:dive-deep',
    ]);
    expect(m.decks.get('lp:think-big')).toEqual([
      'lp:think-big:title-to-statement',
      'lp:think-big:statement-to-title',
      'prompt:question:bold-bet',
      'prompt:lp:think-big',
    ]);
  });

  it("adds the user's own cards to a topic's deck or to a deck of their own, and leaves deleted ones out", () => {
    const m = model({
      cards: {
        'own:2-b': ownCard('own:내 덱', 'Second'),
        'own:1-a': ownCard('topic:docker', 'Mine'),
        'own:3-c': ownCard('own:내 덱', 'Third'),
        'own:4-d': ownCard('own:Other', 'Gone', 9, true),
        [DOCKER_1]: { question: 'Edited', answer: 'Edited answer', deck: null, updatedAt: 2, deleted: false },
      },
    });
    expect(m.decks.get('topic:docker')).toEqual([DOCKER_1, DOCKER_2, 'own:1-a']);
    expect(m.decks.get('topics')).toEqual([DOCKER_1, DOCKER_2, 'own:1-a']);
    expect(m.decks.get('own:내 덱')).toEqual(['own:2-b', 'own:3-c']);
    expect(m.decks.has('own:Other')).toBe(false);
    expect(m.ownDecks).toEqual(['내 덱']);
    expect(m.deletedCards).toEqual([{ id: 'own:4-d', question: 'Gone', deck: 'own:Other' }]);
    expect(m.cardById.get('own:1-a')?.kind).toBe('own');
    expect(m.counts).toMatchObject({ topicCards: 3 });
    expect(m.cards).toHaveLength(16 + 3);
    // The count the first page shows (without the card ids) is the cards in topic decks.
    expect(m.counts.topicCards).toBe(m.decks.get('topics')?.length);
  });

  it("gives the user's own questions prompt cards in the decks of their principles", () => {
    const m = model({ ownQuestions: { 'q-a': ownQuestion({ en: 'Why this team?' }, ['think-big']) } });
    expect(m.cardById.get('prompt:question:q-a')).toEqual({ id: 'prompt:question:q-a', decks: ['questions', 'lp:think-big'], kind: 'question' });
    expect(m.decks.get('lp:think-big')).toContain('prompt:question:q-a');
  });
});

describe('live model: memoised', () => {
  it('returns the same model while nothing changed, and a new one when a slice did', () => {
    const data = user({});
    const first = liveModel(NOTE_INDEX, data);
    expect(liveModel(NOTE_INDEX, { ...data })).toBe(first);
    const changed = liveModel(NOTE_INDEX, { ...data, stories: { x: story({ title: 'X', principles: ['think-big'] }) } });
    expect(changed).not.toBe(first);
    expect(changed.principleById.get('think-big')?.stories).toEqual(['x']);
    // Typing in a story does not rebuild the cards and decks (thousands of cards stay cheap).
    const cardsOf = (m: typeof first, d: LiveUserData) => liveCardModel(NOTE_INDEX, NOTE_CARD_IDS, d, m);
    const firstCards = cardsOf(first, data);
    expect(cardsOf(first, data)).toBe(firstCards);
    const changedData = { ...data, stories: { x: story({ title: 'X', principles: ['think-big'] }) } };
    expect(cardsOf(changed, changedData).decks).toBe(firstCards.decks);
    const withCardData = { ...data, cards: { 'own:1-a': ownCard('own:Mine') } };
    const withCard = cardsOf(liveModel(NOTE_INDEX, withCardData), withCardData);
    expect(withCard.decks).not.toBe(firstCards.decks);
    expect(withCard.decks.get('own:Mine')).toEqual(['own:1-a']);
  });
});
