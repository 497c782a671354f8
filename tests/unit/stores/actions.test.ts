import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_STORY, newStoryId, normalizeStory, sameStory, type StoryFields } from '@/domain/story';
import { sameDraft } from '@/domain/overlays';
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
