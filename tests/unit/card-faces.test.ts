import { describe, expect, it } from 'vitest';
import type { PromptCardFace } from '@/domain/cards';
import { topicCardId } from '@/domain/ids';
import type { StoryOverlay } from '@/domain/overlays';
import { EMPTY_STORY, storyFieldsOf, type StoryFields } from '@/domain/story';
import { buildCardFace, type FaceSources } from '@/lib/card-faces';
import { type LiveUserData } from '@/lib/live-model';
import { NO_USER_DATA, NOTE_BUNDLE, NOTE_CARD_IDS, NOTE_INDEX } from './fixtures/notes';
import { buildCardModel } from './live-card-model';

const sources: FaceSources = {
  faces: new Map(NOTE_BUNDLE.cards.map((f) => [f.id, f])),
  stories: new Map(NOTE_BUNDLE.stories.map((s) => [s.id, s])),
  questions: new Map(NOTE_BUNDLE.questions.map((q) => [q.id, q])),
  prompts: new Map(NOTE_BUNDLE.principles.flatMap((p) => (p.prompt ? [[p.id, p.prompt]] : []))),
};

const face = (id: string, patch: Partial<LiveUserData> = {}) => {
  const user = { ...NO_USER_DATA, ...patch };
  return buildCardFace(id, buildCardModel(NOTE_INDEX, NOTE_CARD_IDS, user), user, sources);
};
const prompt = (id: string, patch: Partial<LiveUserData> = {}) => face(id, patch) as PromptCardFace;
const story = (fields: Partial<StoryFields>, deleted = false): StoryOverlay => ({ story: { ...EMPTY_STORY, ...fields }, updatedAt: 1, deleted });
const gst = storyFieldsOf(NOTE_BUNDLE.stories.find((s) => s.id === 'gst') ?? (undefined as never));

describe('behavioural card faces, built live', () => {
  it("shows a question's key points, draft, linked stories with their STAR text and follow-ups, and the other stories apart", () => {
    const card = prompt('prompt:question:why-amazon');
    expect(card).toMatchObject({ source: 'question', prompt: { ko: '왜 아마존인가요?', en: 'Why Amazon?' }, keyPoints: '- customers first', draft: '' });
    expect(card.stories).toEqual([
      {
        id: 'gst',
        title: 'GST launch',
        star: { situation: 'A new tax law.', task: 'Ship the invoices.', action: 'I rebuilt the tax engine.', result: 'Launched on time with 0 incidents.' },
        followUps: ['What would you do differently?'],
      },
    ]);
    // Dive Deep's other story is shown apart, not as if it answered the question.
    expect(card.otherStories.map((s) => s.id)).toEqual(['alerting']);
  });

  it("shows the current text: the user's key points and draft, and a story edited in the app", () => {
    const card = prompt('prompt:question:why-amazon', {
      questionDrafts: { 'why-amazon': { keyPoints: '- long-term thinking', draft: 'Because of the customers.', stories: ['gst'], updatedAt: 2 } },
      stories: { gst: story({ ...gst, star: { ...gst.star, result: 'Launched 2 weeks early.' }, followUps: ['Who disagreed?', ' '] }) },
    });
    expect(card.keyPoints).toBe('- long-term thinking');
    expect(card.draft).toBe('Because of the customers.');
    expect(card.stories[0]?.star.result).toBe('Launched 2 weeks early.');
    expect(card.stories[0]?.followUps).toEqual(['Who disagreed?']);
  });

  it('keeps the card id and shows a story written in the app on its principle prompt', () => {
    const before = prompt('prompt:lp:think-big');
    expect(before.stories).toEqual([]);
    const after = prompt('prompt:lp:think-big', {
      stories: { 'big-bet': story({ title: 'Big bet', principles: ['think-big'], star: { situation: 'S', task: 'T', action: 'A', result: 'R' } }) },
    });
    expect(after.id).toBe(before.id);
    expect(after.stories.map((s) => [s.id, s.title, s.star.action])).toEqual([['big-bet', 'Big bet', 'A']]);
    expect(after.otherStories).toEqual([]);
  });

  it("uses a principle's interview phrasing when content gives one, else its title for the template", () => {
    expect(prompt('prompt:lp:bias-for-action')).toMatchObject({
      prompt: { en: 'Tell me about a time you showed Bias for Action.' },
      title: { en: 'Bias for Action' },
    });
    expect(prompt('prompt:lp:think-big')).toMatchObject({ prompt: null, title: { en: 'Think Big', ko: '크게 생각하기' } });
  });

  it("builds the prompt card of the user's own question from its draft", () => {
    const card = prompt('prompt:question:q-1', {
      ownQuestions: { 'q-1': { prompt: { en: 'Why this team?' }, principles: ['dive-deep'], updatedAt: 1, deleted: false } },
      questionDrafts: { 'q-1': { keyPoints: '- the team', draft: '', stories: ['alerting'], updatedAt: 1 } },
    });
    expect(card).toMatchObject({ prompt: { en: 'Why this team?' }, keyPoints: '- the team' });
    expect(card.stories.map((s) => s.id)).toEqual(['alerting']);
    expect(card.otherStories.map((s) => s.id)).toEqual(['gst']);
  });

  it('leaves out a deleted story and gives nothing for a card that no longer exists', () => {
    expect(prompt('prompt:question:why-amazon', { stories: { gst: story(gst, true) } }).stories).toEqual([]);
    expect(face('prompt:question:nope')).toBeUndefined();
    expect(face('own:1-gone')).toBeUndefined();
  });
});

describe('topic and own card faces', () => {
  const docker = topicCardId('docker', 'What isolates a container?');

  it("shows a content card as content has it, or the user's edit over it with the same id", () => {
    expect(face(docker)).toEqual({
      kind: 'topic',
      id: docker,
      topic: 'docker',
      deck: 'topic:docker',
      question: 'What isolates a container?',
      answer: 'Namespaces and cgroups.',
      origin: 'content',
      edited: false,
    });
    const edited = face(docker, {
      cards: { [docker]: { question: 'What isolates a container (Linux)?', answer: 'Namespaces; cgroups limit.', deck: null, updatedAt: 2, deleted: false } },
    });
    expect(edited).toMatchObject({ id: docker, question: 'What isolates a container (Linux)?', answer: 'Namespaces; cgroups limit.', edited: true });
  });

  it("shows the user's own cards, in a topic's deck or their own", () => {
    const cards = {
      'own:1-a': { question: 'What is a layer?', answer: 'A filesystem diff.', deck: 'topic:docker', updatedAt: 1, deleted: false },
      'own:2-b': { question: 'STAR?', answer: 'Situation…', deck: 'own:내 덱', updatedAt: 1, deleted: false },
    };
    expect(face('own:1-a', { cards })).toMatchObject({ kind: 'topic', topic: 'docker', deck: 'topic:docker', origin: 'own', question: 'What is a layer?' });
    expect(face('own:2-b', { cards })).toMatchObject({ kind: 'topic', topic: null, deck: 'own:내 덱', origin: 'own' });
  });

  it('keeps LP recall as content has it', () => {
    expect(face('lp:think-big:title-to-statement')).toMatchObject({ kind: 'recall', title: { en: 'Think Big' }, statement: { en: 'Think Big statement.' } });
  });
});
