import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_STORY, newStoryId, normalizeStory, sameStory, type StoryFields } from '@/domain/story';
import { sameDraft } from '@/domain/overlays';
import { CARD_ID_PATTERN, isCardDeck } from '@/domain/ids';
import { newOwnCardId, newOwnQuestionId, ownDeckId } from '@/domain/own-ids';
import { createAppStore } from '@/stores/app-store';
import { MemoryStorage } from './memory-storage';

const apps: ReturnType<typeof createAppStore>[] = [];
function store() {
  const app = createAppStore({ getStorage: () => new MemoryStorage(), target: null });
  apps.push(app);
  return app.store;
}
afterEach(() => {
  for (const app of apps.splice(0)) app.persistence.dispose();
});

const fields = (title: string): StoryFields => ({ ...EMPTY_STORY, title });

describe('story actions', () => {
  it('saves an overlay with its time, deletes it keeping the text, restores and reverts it', () => {
    const s = store();
    s.getState().saveStory('a-story', fields('A'), 10);
    expect(s.getState().stories['a-story']).toEqual({ story: fields('A'), updatedAt: 10, deleted: false });
    s.getState().deleteStory('a-story', 20);
    expect(s.getState().stories['a-story']).toEqual({ story: fields('A'), updatedAt: 20, deleted: true });
    s.getState().restoreStory('a-story', 30);
    expect(s.getState().stories['a-story']).toEqual({ story: fields('A'), updatedAt: 30, deleted: false });
    s.getState().revertStory('a-story');
    expect(s.getState().stories).toEqual({});
  });

  it('puts an overlay back exactly (undo), and ignores deleting what is not there', () => {
    const s = store();
    const overlay = { story: fields('B'), updatedAt: 5, deleted: false };
    s.getState().putStoryOverlay('b-story', overlay);
    expect(s.getState().stories['b-story']).toBe(overlay);
    s.getState().putStoryOverlay('b-story', undefined);
    s.getState().deleteStory('nothing', 1);
    expect(s.getState().stories).toEqual({});
  });
});

describe('question draft and meta actions', () => {
  it('saves, reverts and puts back a draft, and records the last backup', () => {
    const s = store();
    s.getState().saveQuestionDraft('why-amazon', { keyPoints: 'k', draft: 'd', stories: ['india-gst'] }, 7);
    expect(s.getState().questionDrafts['why-amazon']).toEqual({ keyPoints: 'k', draft: 'd', stories: ['india-gst'], updatedAt: 7 });
    s.getState().revertQuestionDraft('why-amazon');
    expect(s.getState().questionDrafts).toEqual({});
    s.getState().putQuestionDraft('why-amazon', { keyPoints: '', draft: 'x', stories: [], updatedAt: 9 });
    expect(s.getState().questionDrafts['why-amazon']?.draft).toBe('x');
    s.getState().setLastBackupAt(42);
    expect(s.getState().meta.lastBackupAt).toBe(42);
  });
});

describe('card, own question and principle note actions', () => {
  it('saves an own card, deletes it keeping its text, restores it and puts it back exactly', () => {
    const s = store();
    s.getState().saveCard('own:1-abc', { question: 'Q', answer: 'A', deck: 'own:Mine' }, 10);
    expect(s.getState().cards['own:1-abc']).toEqual({ question: 'Q', answer: 'A', deck: 'own:Mine', updatedAt: 10, deleted: false });
    s.getState().deleteCard('own:1-abc', 20);
    expect(s.getState().cards['own:1-abc']).toMatchObject({ question: 'Q', deleted: true, updatedAt: 20 });
    s.getState().restoreCard('own:1-abc', 30);
    expect(s.getState().cards['own:1-abc']).toMatchObject({ deleted: false, updatedAt: 30 });
    const saved = s.getState().cards['own:1-abc'];
    s.getState().putCard('own:1-abc', undefined);
    expect(s.getState().cards).toEqual({});
    s.getState().putCard('own:1-abc', saved);
    expect(s.getState().cards['own:1-abc']).toBe(saved);
    s.getState().deleteCard('own:nothing-0', 1);
    expect(Object.keys(s.getState().cards)).toEqual(['own:1-abc']);
  });

  it('reverts the edit of a content card (restore the original)', () => {
    const s = store();
    s.getState().saveCard('topic:docker:0abc123', { question: 'Q', answer: 'mine', deck: null }, 5);
    s.getState().revertCard('topic:docker:0abc123');
    expect(s.getState().cards).toEqual({});
  });

  it('saves an own question, deletes and restores it', () => {
    const s = store();
    s.getState().saveOwnQuestion('q-1', { prompt: { ko: '왜 AWS인가요?' }, principles: ['ownership'] }, 3);
    expect(s.getState().ownQuestions['q-1']).toEqual({ prompt: { ko: '왜 AWS인가요?' }, principles: ['ownership'], updatedAt: 3, deleted: false });
    s.getState().deleteOwnQuestion('q-1', 4);
    expect(s.getState().ownQuestions['q-1']?.deleted).toBe(true);
    s.getState().restoreOwnQuestion('q-1', 5);
    expect(s.getState().ownQuestions['q-1']).toMatchObject({ deleted: false, updatedAt: 5 });
    s.getState().putOwnQuestion('q-1', undefined);
    expect(s.getState().ownQuestions).toEqual({});
  });

  it('saves, reverts and puts back principle notes', () => {
    const s = store();
    s.getState().savePrincipleNotes('think-big', '- bold', 8);
    expect(s.getState().principleNotes).toEqual({ 'think-big': { notes: '- bold', updatedAt: 8 } });
    s.getState().revertPrincipleNotes('think-big');
    expect(s.getState().principleNotes).toEqual({});
    s.getState().putPrincipleNotes('think-big', { notes: 'x', updatedAt: 9 });
    expect(s.getState().principleNotes['think-big']?.notes).toBe('x');
  });
});

describe('card and question ids', () => {
  it('makes own card ids that the stored card-id pattern accepts, and content-safe question ids', () => {
    const id = newOwnCardId(Date.UTC(2026, 10, 29), () => 0.5);
    expect(id).toMatch(/^own:[0-9a-z]+-i{6}$/);
    expect(CARD_ID_PATTERN.test(id)).toBe(true);
    expect(CARD_ID_PATTERN.test('topic:docker:0abc123')).toBe(true);
    expect(CARD_ID_PATTERN.test('lp:ownership:title-to-statement')).toBe(false);
    const taken = new Set(['q-1']);
    expect(newOwnQuestionId(1, (q) => taken.has(q))).toBe('q-1-2');
  });

  it('names own decks freely (Korean too) on one trimmed line', () => {
    expect(ownDeckId('  내   덱 ')).toBe('own:내 덱');
    expect(isCardDeck('own:내 덱')).toBe(true);
    expect(isCardDeck('own: x')).toBe(false);
    expect(isCardDeck('own:')).toBe(false);
    expect(isCardDeck('topic:docker')).toBe(true);
    expect(isCardDeck('topic:Docker')).toBe(false);
    expect(isCardDeck('questions')).toBe(false);
  });
});

describe('story domain helpers', () => {
  it('makes ids from titles, falls back to a hash for Korean or short titles, and never reuses an id', () => {
    const taken = new Set(['india-gst', 'my-story']);
    expect(newStoryId('My story', 1, (id) => taken.has(id))).toBe('my-story-2');
    expect(newStoryId('Migrating the billing service', 1, () => false)).toBe('migrating-the-billing-service');
    const korean = newStoryId('인도 출장', 1, () => false);
    expect(korean).toMatch(/^story-[0-9a-z]{7}$/);
    expect(newStoryId('인도 출장', 2, () => false)).not.toBe(korean);
  });

  it('compares stories and drafts by what they say, not by whitespace', () => {
    expect(sameStory(fields('A'), { ...fields('  A '), followUps: ['  '] })).toBe(true);
    expect(sameStory(fields('A'), fields('B'))).toBe(false);
    expect(normalizeStory({ ...fields(' T '), star: { ...EMPTY_STORY.star, task: 'a\r\nb\n' } }).star.task).toBe('a\nb');
    expect(sameDraft({ keyPoints: 'k ', draft: 'd', stories: [] }, { keyPoints: 'k', draft: ' d', stories: [] })).toBe(true);
    expect(sameDraft({ keyPoints: 'k', draft: 'd', stories: ['a'] }, { keyPoints: 'k', draft: 'd', stories: [] })).toBe(false);
  });
});
