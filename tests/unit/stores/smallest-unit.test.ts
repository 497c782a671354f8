// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_MOCK_SETTINGS } from '@/domain/mock-data';
import { DEFAULT_REVIEW_SETTINGS } from '@/domain/review';
import { EMPTY_STORY } from '@/domain/story';
import { duplicateKeys } from '@/stores/json-check';
import { countKeys, EMPTY_USER_DATA, loadUserDataWithReport, serializeUserData, USER_DATA_VERSION, validateUserData, type UserData } from '@/stores/user-data';

/**
 * A bad field sets aside the smallest unit (the field with its default, or the one record), never
 * its neighbours; a key given twice in the stored text is found in the text itself.
 */

const story = (title: string) => ({ story: { ...EMPTY_STORY, title }, updatedAt: 5, deleted: false });
const card = { due: 10, stability: 1, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: 5 };
const session = {
  startedAt: 1,
  finishedAt: 2,
  practice: false,
  source: 'due',
  lang: 'en',
  targetSeconds: 120,
  followUpSeconds: 60,
  planned: ['lp:ownership:prompt'],
  items: [],
  updatedAt: 2,
};
const full = (): Record<string, unknown> =>
  JSON.parse(
    serializeUserData({
      ...EMPTY_USER_DATA,
      stories: { 'my-story': story('Mine') } as UserData['stories'],
      review: { ...EMPTY_USER_DATA.review, cards: { 'lp:ownership:forward': card } as never, log: [[5, 'lp:ownership:forward', 3, 0, 0]] },
      mock: { ...EMPTY_USER_DATA.mock, sessions: { 'm-1-a': session } as never },
    }),
  ).state as Record<string, unknown>;
const stored = (state: unknown): string => JSON.stringify({ state, version: USER_DATA_VERSION });
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break stored data on purpose, at any depth
const edit = (change: (state: Record<string, any>) => void): string => {
  const state = full();
  change(state);
  return stored(state);
};

describe('one bad field never takes its neighbours with it', () => {
  it('a review without extra new cards (data from before they existed) keeps its history and loses nothing', () => {
    const loaded = loadUserDataWithReport(edit((s) => delete s.review.extraNew));
    expect(loaded.data.review.log).toHaveLength(1);
    expect(loaded.data.review.extraNew).toBeNull();
    expect(loaded.lossless).toBe(true);
  });

  it('a review without its log keeps every card state', () => {
    const loaded = loadUserDataWithReport(edit((s) => delete s.review.log));
    expect(Object.keys(loaded.data.review.cards)).toEqual(['lp:ownership:forward']);
    expect(loaded.data.review.log).toEqual([]);
  });

  it('a log that is not a list is set aside alone, named in what did not load', () => {
    const loaded = loadUserDataWithReport(edit((s) => (s.review.log = 'x')));
    expect(Object.keys(loaded.data.review.cards)).toEqual(['lp:ownership:forward']);
    expect(loaded.aside.map((item) => item.path)).toEqual(['review.log']);
  });

  it('a bad review setting takes its default and the others stay', () => {
    const loaded = loadUserDataWithReport(
      edit((s) => {
        s.review.settings.desiredRetention = 3;
        s.review.settings.newCardsPerDay = 7;
      }),
    );
    expect(loaded.data.review.settings.desiredRetention).toBe(DEFAULT_REVIEW_SETTINGS.desiredRetention);
    expect(loaded.data.review.settings.newCardsPerDay).toBe(7);
    expect(loaded.aside.map((item) => item.path)).toEqual(['review.settings.desiredRetention']);
  });

  it('a mock limit below the target keeps every mock session (the limit reads as the target)', () => {
    const loaded = loadUserDataWithReport(
      edit((s) => {
        s.mock.settings.targetSeconds = 200;
        s.mock.settings.limitSeconds = 150;
      }),
    );
    expect(Object.keys(loaded.data.mock.sessions)).toEqual(['m-1-a']);
    expect(loaded.data.mock.settings.limitSeconds).toBe(200);
  });

  it('a misspelled mock setting is set aside alone: its default stands in and the sessions load', () => {
    const loaded = loadUserDataWithReport(
      edit((s) => {
        s.mock.settings.questionz = s.mock.settings.questions;
        delete s.mock.settings.questions;
      }),
    );
    expect(Object.keys(loaded.data.mock.sessions)).toEqual(['m-1-a']);
    expect(loaded.data.mock.settings.questions).toBe(DEFAULT_MOCK_SETTINGS.questions);
    expect(loaded.aside.map((item) => item.path)).toEqual(['mock.settings.questionz']);
  });

  it('a bad story is set aside alone; the other slices and stories load', () => {
    const loaded = loadUserDataWithReport(
      edit((s) => {
        s.stories['other'] = { story: { title: 1 }, updatedAt: 1, deleted: false };
      }),
    );
    expect(Object.keys(loaded.data.stories)).toEqual(['my-story']);
    expect(loaded.aside.map((item) => item.path)).toEqual(['stories["other"]']);
    expect(loaded.data.review.log).toHaveLength(1);
  });

  it('strict validation (backups) fills a missing field or slice with its default', () => {
    const state = full();
    delete (state.settings as Record<string, unknown>).shortcuts;
    delete state.mock;
    const valid = validateUserData(state);
    expect(valid.settings.shortcuts).toBe(true);
    expect(valid.mock).toEqual(EMPTY_USER_DATA.mock);
  });
});

describe('a key given twice is found in the text itself', () => {
  it('names each key given twice, with its path', () => {
    expect(duplicateKeys('{"a":{"b":1,"b":2},"c":[{"d":1,"d":{"x":"\\"d\\""}}],"a":0}')).toEqual(['a.b', 'c[0].d', 'a']);
    expect(duplicateKeys('{"a":{"b":1},"c":{"b":1}}')).toEqual([]);
  });

  it('a story id given twice with a different first copy: the load says so, so the text is kept before any write', () => {
    const text = stored(full()).replace('"stories":{', `"stories":{"my-story":${JSON.stringify(story('First copy'))},`);
    const loaded = loadUserDataWithReport(text);
    expect(loaded.lossless).toBe(false);
    expect(loaded.problems.join('\n')).toContain('stories["my-story"]');
  });

  it('even when the key count stored with the text matches what was read', () => {
    const state = full();
    const twice = `{"state":${JSON.stringify(state).replace('"stories":{', `"stories":{"my-story":${JSON.stringify(story('First copy'))},`)},"version":${USER_DATA_VERSION},"rev":"abc.1","parent":null,"keys":${countKeys(state)}}`;
    expect(JSON.parse(twice).state).toEqual(state);
    const loaded = loadUserDataWithReport(twice);
    expect(loaded.lossless).toBe(false);
    expect(loaded.problems.join('\n')).toContain('stories["my-story"]');
  });
});
