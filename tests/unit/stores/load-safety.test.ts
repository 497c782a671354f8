import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_STORY } from '@/domain/story';
import { createAppStore, STORAGE_KEY, UNREADABLE_PREFIX, type AppStoreOptions } from '@/stores/app-store';
import { keepCurrentVersion } from '@/stores/conflict-actions';
import { EMPTY_USER_DATA, loadUserDataWithReport, serializeUserData, USER_DATA_VERSION, type UserData } from '@/stores/user-data';
import v3 from '../../fixtures/user-data/v3.json?raw';
import { deliverStorageEvent, fakeWindow, MemoryStorage } from './memory-storage';

/**
 * The data-loss paths of loading and replacing, each reproduced: a load that would not write back
 * everything stored, unreadable data copied on every load, an import over data the app stopped
 * writing to, and conflicts that lived in one tab's memory.
 */

let clock = 1_000;
const apps: ReturnType<typeof createAppStore>[] = [];
function open(storage: MemoryStorage, options: AppStoreOptions = {}) {
  const app = createAppStore({ getStorage: () => storage, target: null, now: () => clock, ...options });
  apps.push(app);
  return app;
}
const copies = (storage: MemoryStorage): string[] => {
  const out: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(UNREADABLE_PREFIX)) out.push(storage.getItem(key) ?? '');
  }
  return out;
};
/** The first path at which `data` lacks a key or value of `tree` (any depth), or null when it holds all of it. */
function missingIn(tree: unknown, data: unknown, at = ''): string | null {
  if (Object.is(tree, data)) return null;
  if (typeof tree !== 'object' || tree === null || typeof data !== 'object' || data === null) return at || '(root)';
  if (Array.isArray(tree) !== Array.isArray(data)) return at;
  for (const key of Object.keys(tree)) {
    if (!Object.hasOwn(data, key)) return `${at}.${key}`;
    const miss = missingIn((tree as Record<string, unknown>)[key], (data as Record<string, unknown>)[key], `${at}.${key}`);
    if (miss) return miss;
  }
  return null;
}
const envelope = (state: unknown, version = USER_DATA_VERSION): string => JSON.stringify({ state, version });
const story = (title: string, updatedAt = 5) => ({ story: { ...EMPTY_STORY, title }, updatedAt, deleted: false });
const current = (patch: Partial<UserData>): Record<string, unknown> => ({ ...EMPTY_USER_DATA, ...patch });

beforeEach(() => {
  vi.useFakeTimers();
  clock = 1_000;
});
afterEach(() => {
  for (const app of apps.splice(0)) app.persistence.dispose();
  vi.useRealTimers();
});

describe('no silent loss on load: what would not be written back is copied first, and the user is told', () => {
  const cases: [string, string][] = [
    ['a version number older than the data (v2 holding stories and reviews)', JSON.stringify({ ...JSON.parse(v3), version: 2 })],
    ['an unknown field at the top', envelope(current({}), USER_DATA_VERSION).replace('"conflicts":[]', '"conflicts":[],"plans":{"a":1}')],
    [
      'an unknown field deep in a story',
      envelope(current({ stories: { mine: { ...story('Mine'), story: { ...EMPTY_STORY, title: 'Mine', mood: 'great' } as never } } })),
    ],
    [
      'an unknown field in review settings',
      envelope(current({ review: { ...EMPTY_USER_DATA.review, settings: { ...EMPTY_USER_DATA.review.settings, hardMode: true } as never } })),
    ],
    ['a "__proto__" key', envelope(current({ stories: { mine: story('Mine') } })).replace('"mine":', '"__proto__":{"x":1},"mine":')],
    ['a duplicate key', envelope(current({ stories: { mine: story('Mine') } })).replace('"mine":', '"mine":{"story":{"title":"first"}},"mine":')],
    ['a field outside the data', envelope(current({})).replace('{"state"', '{"note":"kept","state"')],
    ['a record that fails validation', envelope(current({ stories: { good: story('Good'), bad: { ...story('Bad'), updatedAt: 'yesterday' as never } } }))],
    ['a time out of the range of Date', envelope(current({ stories: { good: story('Good'), far: story('Far', 1e20) } }))],
    [
      'an unknown field in a card of one’s own',
      envelope(current({ cards: { 'own:mh2x1k0-aaaaaa': { question: 'Q', answer: 'A', deck: 'own:d', updatedAt: 5, deleted: false, hint: 'x' } as never } })),
    ],
    [
      'a card under an id that is not a card id',
      envelope(current({ cards: { docker: { question: 'Q', answer: 'A', deck: null, updatedAt: 5, deleted: false } } })),
    ],
    [
      'an own question with a prompt in a third language',
      envelope(current({ ownQuestions: { 'q-1': { prompt: { en: 'Why?', fr: 'Pourquoi ?' }, principles: [], updatedAt: 5, deleted: false } as never } })),
    ],
    [
      'a "__proto__" key among principle notes',
      envelope(current({ principleNotes: { ownership: { notes: 'n', updatedAt: 5 } } })).replace(
        '"ownership":',
        '"__proto__":{"notes":"x","updatedAt":1},"ownership":',
      ),
    ],
    [
      'a review card with an extreme number',
      envelope(
        current({
          review: {
            ...EMPTY_USER_DATA.review,
            cards: { 'lp:x:y': { due: 1, stability: 1e300, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: 1 } },
          },
        }),
      ),
    ],
  ];

  it.each(cases)('%s', (_name, raw) => {
    const loaded = loadUserDataWithReport(raw);
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const { store, persistence } = open(storage);
    const { unreadable } = persistence.status.getState();
    // Either everything stored is in what loaded (a write gives all of it back), or the text is kept
    // byte for byte with a notice.
    if (loaded.lossless) {
      expect(unreadable).toBeNull();
      persistence.flush();
      store.getState().setTheme(store.getState().settings.theme === 'dark' ? 'light' : 'dark');
      persistence.flush();
      const before = (JSON.parse(raw) as { state: { settings: object } }).state;
      const after = (JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { state: { settings: object } }).state;
      expect(missingIn({ ...before, settings: {} }, { ...after, settings: {} })).toBeNull();
    } else {
      expect(unreadable).toMatchObject({ raw, partial: true, resolved: false });
      expect(copies(storage)).toEqual([raw]);
    }
    // The first write comes after the copy, and the rest of the data loaded.
    store.getState().setTheme('dark');
    vi.advanceTimersByTime(400);
    expect(copies(storage).length + (loaded.lossless ? 1 : 0)).toBe(1);
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}').state.settings.theme).toBe('dark');
  });

  it('a key given twice (which JSON.parse would drop silently) is never loaded without a copy and a notice', () => {
    for (const raw of [
      envelope(current({ stories: { mine: story('Mine') } })).replace('"mine":', '"mine":{"story":{"title":"first"}},"mine":'),
      envelope(current({ principleNotes: { ownership: { notes: 'second', updatedAt: 5 } } })).replace('"notes":', '"notes":"first","notes":'),
    ]) {
      const storage = new MemoryStorage();
      storage.setItem(STORAGE_KEY, raw);
      const { persistence } = open(storage);
      expect(persistence.status.getState().unreadable).toMatchObject({ raw, partial: true });
      expect(copies(storage)).toEqual([raw]);
    }
  });

  it('a text the app wrote and something else changed since (its key count is stale): loaded whole if it reads back as itself, copied if a key is given twice', () => {
    const written = serializeUserData({ ...EMPTY_USER_DATA, stories: { mine: story('Mine') } }, { rev: 'abc.1', parent: null });
    const envelope = JSON.parse(written) as { state: { stories: Record<string, unknown> } };
    envelope.state.stories.added = story('Added elsewhere');
    const changed = JSON.stringify(envelope);
    const whole = loadUserDataWithReport(changed);
    expect(whole.lossless).toBe(true);
    expect(Object.keys(whole.data.stories).sort()).toEqual(['added', 'mine']);
    const doubled = changed.replace('"added":', '"added":{"story":{"title":"first"}},"added":');
    expect(loadUserDataWithReport(doubled).lossless).toBe(false);
    expect(loadUserDataWithReport(doubled).problems[0]).toMatch(/given twice in the stored text.*stories.added/);
  });

  it('an older version number over newer data: the migration keeps the newer parts (nothing to copy)', () => {
    const raw = JSON.stringify({ ...JSON.parse(v3), version: 2 });
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const { store, persistence } = open(storage);
    expect(persistence.status.getState().unreadable).toBeNull();
    expect(store.getState().stories['india-gst']?.story.title).toBe('인도 출장 GST 프로젝트');
    expect(store.getState().review.log).toHaveLength(1);
  });

  it('one bad record does not hide everything: it is set aside with its value, and the rest loads', () => {
    const bad = { ...story('Bad'), updatedAt: 'yesterday' };
    const raw = envelope(
      current({
        stories: { good: story('Good'), bad: bad as never },
        questionDrafts: { 'why-amazon': { keyPoints: 'k', draft: 'd', stories: [], updatedAt: 3 } },
      }),
    );
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const { store, persistence } = open(storage);
    expect(Object.keys(store.getState().stories)).toEqual(['good']);
    expect(store.getState().questionDrafts['why-amazon']?.draft).toBe('d');
    expect(persistence.status.getState().unreadable?.aside).toEqual([
      { path: 'stories["bad"]', field: 'stories["bad"].updatedAt', reason: expect.stringContaining('expected a time'), value: bad },
    ]);
  });

  it('without room for the copy, writing waits for the user (as Start fresh does)', () => {
    const raw = envelope(current({ stories: { good: story('Good'), bad: { story: 1 } as never } }));
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    storage.quota = raw.length + STORAGE_KEY.length + 10;
    const { store, persistence } = open(storage);
    expect(persistence.status.getState().unreadable).toMatchObject({ partial: true, backupKey: null });
    store.getState().setTheme('dark');
    vi.advanceTimersByTime(5_000);
    persistence.flush();
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    expect(persistence.status.getState().save).toBe('blocked');
    storage.quota = Number.POSITIVE_INFINITY;
    persistence.startFresh();
    expect(copies(storage)).toEqual([raw]);
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}').state.stories).toHaveProperty('good');
  });
});

describe('unreadable data is kept once per distinct content', () => {
  it('reloading again and again keeps one copy, and a different text gets its own', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"state":');
    for (let i = 0; i < 20; i += 1) {
      clock += 1_000;
      open(storage);
    }
    expect(copies(storage)).toEqual(['{"state":']);
    storage.setItem(STORAGE_KEY, 'not json');
    clock += 1_000;
    open(storage);
    expect(copies(storage).sort()).toEqual(['not json', '{"state":'].sort());
  });
});

describe('an import or restore never writes over data the app stopped writing to', () => {
  it('copies the unreadable text first when there is room', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"state":');
    const { persistence } = open(storage);
    storage.removeItem(copies(storage).length > 0 ? `${UNREADABLE_PREFIX}${clock}` : '');
    expect(copies(storage)).toEqual([]);
    expect(persistence.replace({ ...EMPTY_USER_DATA, stories: { mine: story('Mine') } })).toBe('done');
    expect(copies(storage)).toEqual(['{"state":']);
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}').state.stories).toHaveProperty('mine');
  });

  it('refuses when no copy can be kept, until the user says so', () => {
    const raw = JSON.stringify({ state: { future: 'x'.repeat(40) }, version: USER_DATA_VERSION + 1 });
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    storage.quota = raw.length + STORAGE_KEY.length + 10;
    const { persistence } = open(storage);
    expect(persistence.status.getState().unreadable?.backupKey).toBeNull();
    expect(persistence.replace({ ...EMPTY_USER_DATA, stories: { mine: story('Mine') } })).toBe('needs-copy');
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    storage.quota = Number.POSITIVE_INFINITY;
    expect(persistence.replace({ ...EMPTY_USER_DATA, stories: { mine: story('Mine') } }, { withoutCopy: true })).toBe('done');
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}').state.stories).toHaveProperty('mine');
  });

  it('when another tab runs a newer version, copies its data before an import writes', () => {
    const storage = new MemoryStorage();
    const target = fakeWindow();
    const { persistence } = open(storage, { target });
    const newer = JSON.stringify({ state: { everything: 'new' }, version: USER_DATA_VERSION + 1 });
    storage.setItem(STORAGE_KEY, newer);
    deliverStorageEvent(target, STORAGE_KEY, newer);
    expect(persistence.status.getState().otherTabProblem).toMatch(/newer version/);
    expect(persistence.replace({ ...EMPTY_USER_DATA, stories: { mine: story('Mine') } })).toBe('done');
    expect(copies(storage)).toEqual([newer]);
  });
});

describe('two tabs: a conflict survives reloads and closing either tab, and later conflicts add to it', () => {
  function tabs() {
    const storage = new MemoryStorage();
    const targets = [fakeWindow(), fakeWindow()];
    const a = open(storage, { target: targets[0] });
    const b = open(storage, { target: targets[1] });
    const tell = (i: 0 | 1) => deliverStorageEvent(targets[i] as Window, STORAGE_KEY, storage.getItem(STORAGE_KEY));
    return { storage, a, b, tell };
  }
  const fields = (situation: string) => ({ ...EMPTY_STORY, title: 'Shared', star: { ...EMPTY_STORY.star, situation } });

  it('stores the other version with the data, so a reload (or a new tab) still offers it', () => {
    const { storage, a, b, tell } = tabs();
    a.store.getState().saveStory('shared', fields('base'), 1);
    a.persistence.flush();
    tell(1);
    b.store.getState().saveStory('shared', fields('typed in B'), 2);
    a.store.getState().saveStory('shared', fields('typed in A'), 3);
    a.persistence.flush();
    tell(1);
    expect(b.store.getState().conflicts).toHaveLength(1);
    // Tab B closes (flushes on pagehide) and a new tab opens: the offer is there.
    b.persistence.flush();
    b.persistence.dispose();
    a.persistence.dispose();
    const c = open(storage);
    expect(c.store.getState().conflicts).toEqual([
      { slice: 'stories', id: 'shared', offers: [{ value: expect.objectContaining({ story: fields('typed in A') }), at: clock, source: 'tab' }] },
    ]);
    expect(c.store.getState().stories.shared?.story.star.situation).toBe('typed in B');
  });

  it('a second conflict on the same record adds its version to the offer', () => {
    const { a, b, tell } = tabs();
    a.store.getState().saveStory('shared', fields('base'), 1);
    a.persistence.flush();
    tell(1);
    b.store.getState().saveStory('shared', fields('B one'), 2);
    a.store.getState().saveStory('shared', fields('A one'), 3);
    a.persistence.flush();
    tell(1);
    b.persistence.flush();
    tell(0);
    clock += 10;
    a.store.getState().saveStory('shared', fields('A two'), 4);
    b.store.getState().saveStory('shared', fields('B two'), 5);
    b.persistence.flush();
    tell(0);
    const offers = a.store.getState().conflicts[0]?.offers.map((o) => (o.value as { story: { star: { situation: string } } }).story.star.situation);
    expect(offers).toEqual(['A one', 'B two']);
    expect(a.store.getState().stories.shared?.story.star.situation).toBe('A two');
  });

  it('a storage event that arrives late (an older write) does not undo what was merged since', () => {
    const { storage, a, b, tell } = tabs();
    const targetB = fakeWindow();
    const late = open(storage, { target: targetB });
    a.store.getState().saveStory('shared', fields('base'), 1);
    a.persistence.flush();
    const older = storage.getItem(STORAGE_KEY);
    late.persistence.catchUp();
    late.store.getState().saveStory('shared', fields('typed in the late tab'), 2);
    a.store.getState().saveStory('shared', fields('typed in A'), 3);
    a.persistence.flush();
    late.persistence.flush();
    expect(late.store.getState().conflicts).toHaveLength(1);
    // The event of A's first write is delivered only now, with its old value.
    deliverStorageEvent(targetB, STORAGE_KEY, older);
    expect(late.store.getState().stories.shared?.story.star.situation).toBe('typed in the late tab');
    expect(late.store.getState().conflicts).toHaveLength(1);
    late.persistence.flush();
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}').state.conflicts).toHaveLength(1);
    void b;
    void tell;
  });

  it('two tabs writing at the same moment (both read the same write, the second writes over the first) lose nothing', () => {
    const storage = new MemoryStorage();
    const targetA = fakeWindow();
    const a = open(storage, { target: targetA });
    // Tab B reads a stale value once, as when both tabs read before either wrote.
    let stale: string | null | undefined;
    const viewOfB = Object.assign(Object.create(storage) as MemoryStorage, {
      getItem: (key: string) => {
        if (stale !== undefined && key === STORAGE_KEY) {
          const value = stale;
          stale = undefined;
          return value;
        }
        return storage.getItem(key);
      },
    });
    const b = open(storage, { getStorage: () => viewOfB });
    a.store.getState().saveStory('shared', fields('base'), 1);
    a.persistence.flush();
    b.persistence.catchUp();
    a.store.getState().saveStory('shared', fields('typed in A'), 2);
    b.store.getState().saveStory('shared', fields('typed in B'), 3);
    stale = storage.getItem(STORAGE_KEY);
    a.persistence.flush();
    b.persistence.flush();
    // B's write replaced A's in storage; A hears of it and merges with the base B built on.
    deliverStorageEvent(targetA, STORAGE_KEY, storage.getItem(STORAGE_KEY));
    a.persistence.flush();
    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}').state as {
      stories: Record<string, { story: { star: { situation: string } } }>;
      conflicts: { offers: { value: { story: { star: { situation: string } } } }[] }[];
    };
    const texts = [stored.stories.shared?.story.star.situation, ...stored.conflicts.flatMap((c) => c.offers.map((o) => o.value.story.star.situation))];
    expect(texts.sort()).toEqual(['typed in A', 'typed in B']);
  });

  it('a tab that closes right after its write was written over: the other tab takes it in from the event', () => {
    const storage = new MemoryStorage();
    const a = open(storage);
    let stale: string | null | undefined;
    const viewOfB = Object.assign(Object.create(storage) as MemoryStorage, {
      getItem: (key: string) => {
        if (stale !== undefined && key === STORAGE_KEY) {
          const value = stale;
          stale = undefined;
          return value;
        }
        return storage.getItem(key);
      },
    });
    const targetB = fakeWindow();
    const b = open(storage, { getStorage: () => viewOfB, target: targetB });
    a.store.getState().saveStory('one', fields('base'), 1);
    a.persistence.flush();
    b.persistence.catchUp();
    a.store.getState().saveStory('one', fields('typed in A just before closing'), 2);
    b.store.getState().saveStory('two', fields('typed in B'), 3);
    stale = storage.getItem(STORAGE_KEY);
    a.persistence.flush();
    const written = storage.getItem(STORAGE_KEY);
    b.persistence.flush();
    a.persistence.dispose();
    // A is gone; its write is only in the event B receives.
    deliverStorageEvent(targetB, STORAGE_KEY, written);
    b.persistence.flush();
    const state = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}').state as { stories: Record<string, { story: { star: { situation: string } } }> };
    expect(state.stories.one?.story.star.situation).toBe('typed in A just before closing');
    expect(state.stories.two?.story.star.situation).toBe('typed in B');
  });

  it('keeping this tab’s version keeps the text there now, and the other tab follows', () => {
    const { storage, a, b, tell } = tabs();
    a.store.getState().saveStory('shared', fields('base'), 1);
    a.persistence.flush();
    tell(1);
    b.store.getState().saveStory('shared', fields('B'), 2);
    a.store.getState().saveStory('shared', fields('A'), 3);
    a.persistence.flush();
    tell(1);
    b.store.getState().saveStory('shared', fields('B, typed after the notice'), 4);
    keepCurrentVersion('stories', 'shared', b.store);
    b.persistence.flush();
    tell(0);
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}').state.stories.shared.story.star.situation).toBe('B, typed after the notice');
    expect(a.store.getState().stories.shared?.story.star.situation).toBe('B, typed after the notice');
    expect(a.store.getState().conflicts).toEqual([]);
  });
});
