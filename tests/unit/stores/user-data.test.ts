import { describe, expect, it } from 'vitest';
import { EMPTY_STORY } from '@/domain/story';
import { MIGRATIONS, USER_DATA_VERSION } from '@/stores/migrations';
import {
  EMPTY_USER_DATA,
  InvalidUserDataError,
  loadUserData,
  mergeUserData,
  migrateUserData,
  readEnvelope,
  validateUserData,
  type UserData,
} from '@/stores/user-data';

/** tests/fixtures/user-data/v<N>.json: a stored value as version N of the app wrote it. */
const fixtures = import.meta.glob<string>('../../fixtures/user-data/v*.json', { query: '?raw', import: 'default', eager: true });
const fixturePath = (version: number): string => `../../fixtures/user-data/v${version}.json`;
const fixture = (version: number): string => {
  const text = fixtures[fixturePath(version)];
  if (text === undefined) throw new Error(`missing tests/fixtures/user-data/v${version}.json`);
  return text;
};

const story = (title: string, updatedAt = 1, deleted = false) => ({ story: { ...EMPTY_STORY, title }, updatedAt, deleted });
const draft = (text: string, updatedAt = 1) => ({ keyPoints: '', draft: text, stories: [], updatedAt });
const data = (patch: Partial<UserData>): UserData => ({ ...EMPTY_USER_DATA, ...patch });

describe('stored data: versions and migrations', () => {
  it('numbers the migration steps 2, 3, ... up to the current version', () => {
    expect(MIGRATIONS.map((step) => step.to)).toEqual(Array.from({ length: USER_DATA_VERSION - 1 }, (_, i) => i + 2));
  });

  it('has a stored fixture for every earlier version', () => {
    for (let version = 1; version < USER_DATA_VERSION; version += 1) {
      expect(fixtures[fixturePath(version)], `tests/fixtures/user-data/v${version}.json`).toBeTypeOf('string');
    }
  });

  it.each(Array.from({ length: USER_DATA_VERSION - 1 }, (_, i) => i + 1))('migrates the version %i fixture to the current shape', (version) => {
    const loaded = loadUserData(fixture(version));
    expect(validateUserData(loaded)).toEqual(loaded);
    expect(Object.keys(loaded).sort()).toEqual(Object.keys(EMPTY_USER_DATA).sort());
  });

  it('from version 1: keeps the settings and adds empty stories, question drafts and meta', () => {
    expect(loadUserData(fixture(1))).toMatchObject({
      settings: { language: 'ko', theme: 'dark', interviewDate: '2026-12-15', shortcuts: true },
      stories: {},
      questionDrafts: {},
      meta: { lastBackupAt: null },
    });
  });

  /** Runs the one step that makes version `to` on the stored state of the version before it. */
  const step = (to: number): Record<string, unknown> => {
    const run = MIGRATIONS.find((s) => s.to === to)?.run;
    if (run === undefined) throw new Error(`no migration step to version ${to}`);
    const before = JSON.parse(fixture(to - 1)) as { state: Record<string, unknown>; version: number };
    expect(before.version).toBe(to - 1);
    return run(before.state);
  };

  it('step 2, from version 1: keeps the settings and adds an empty review', () => {
    const v1 = JSON.parse(fixture(1)) as { state: Record<string, unknown> };
    expect(step(2)).toEqual({ settings: v1.state.settings, review: EMPTY_USER_DATA.review });
  });

  it('step 3, from version 2: keeps the settings and reviews and adds empty stories, question drafts and meta', () => {
    const v2 = JSON.parse(fixture(2)) as { state: Record<string, unknown> };
    expect(step(3)).toEqual({ ...v2.state, stories: {}, questionDrafts: {}, meta: { lastBackupAt: null } });
  });

  it('step 4, from version 3: keeps the settings and the stories, and turns the keyboard shortcuts on', () => {
    const migrated = step(4);
    expect(migrated.settings).toEqual({ language: 'en', theme: 'light', interviewDate: '2026-12-10', shortcuts: true });
    expect(migrated.stories).toMatchObject({ 'india-gst': { story: { title: '인도 출장 GST 프로젝트' } } });
    const loaded = loadUserData(fixture(3));
    expect(loaded.settings).toEqual({ language: 'en', theme: 'light', interviewDate: '2026-12-10', shortcuts: true });
    expect(loaded.stories['india-gst']?.story.title).toBe('인도 출장 GST 프로젝트');
  });

  it('step 5, from version 4: keeps settings (shortcuts off stays off), stories, drafts, meta and reviews, and adds empty cards, own questions and principle notes', () => {
    const v4 = JSON.parse(fixture(4)) as { state: Record<string, unknown> };
    expect(step(5)).toEqual({ ...v4.state, cards: {}, ownQuestions: {}, principleNotes: {} });
    const loaded = loadUserData(fixture(4));
    expect(loaded).toMatchObject({
      settings: v4.state.settings,
      stories: v4.state.stories,
      questionDrafts: v4.state.questionDrafts,
      meta: v4.state.meta,
      review: v4.state.review,
    });
    expect(loaded.settings.shortcuts).toBe(false);
    expect(loaded.cards).toEqual({});
    expect(loaded.ownQuestions).toEqual({});
    expect(loaded.principleNotes).toEqual({});
  });

  it('step 6, from version 5: keeps everything (cards, own questions and principle notes included) and adds an empty sync ledger and no conflicts', () => {
    const v5 = JSON.parse(fixture(5)) as { state: Record<string, unknown> };
    expect(step(6)).toEqual({ ...v5.state, sync: { seen: {}, removed: {} }, conflicts: [] });
    const loaded = loadUserData(fixture(5));
    expect(loaded).toMatchObject({
      settings: v5.state.settings,
      stories: v5.state.stories,
      questionDrafts: v5.state.questionDrafts,
      cards: v5.state.cards,
      ownQuestions: v5.state.ownQuestions,
      principleNotes: v5.state.principleNotes,
      review: v5.state.review,
    });
    expect(loaded.sync).toEqual({ seen: {}, removed: {} });
    expect(loaded.conflicts).toEqual([]);
  });

  it('a migration never drops data it does not understand: what a newer step would add is kept when already there', () => {
    const v5 = JSON.parse(fixture(5)) as { state: Record<string, unknown> & { stories: Record<string, unknown>; cards: Record<string, unknown> } };
    const stored = {
      ...v5.state,
      conflicts: [{ slice: 'stories', id: 'india-gst', offers: [{ value: v5.state.stories['india-gst'], at: 5, source: 'tab' }] }],
    };
    const loaded = loadUserData(JSON.stringify({ state: stored, version: 2 }));
    expect(loaded.conflicts).toHaveLength(1);
    expect(loaded.cards).toEqual(v5.state.cards);
    expect(
      loadUserData(JSON.stringify({ state: { ...v5.state, settings: { ...(v5.state.settings as object), shortcuts: false } }, version: 3 })).settings.shortcuts,
    ).toBe(false);
  });

  it('step 7, from version 6: keeps the sync ledger, own cards, own questions, notes and reviews; review settings gain start of day, interview mode and session length, with no flags or extra new cards', () => {
    const v6 = JSON.parse(fixture(6)) as { state: Record<string, unknown> & { review: Record<string, unknown> & { settings: Record<string, unknown> } } };
    expect(step(7)).toEqual({
      ...v6.state,
      review: {
        ...v6.state.review,
        flags: {},
        extraNew: null,
        settings: { ...v6.state.review.settings, dayStartHour: 4, interviewMode: true, sessionLength: null },
      },
    });
    const loaded = loadUserData(fixture(6));
    expect(loaded.cards).toEqual(v6.state.cards);
    expect(loaded.ownQuestions).toEqual(v6.state.ownQuestions);
    expect(loaded.principleNotes).toEqual(v6.state.principleNotes);
    expect(loaded.review.cards).toEqual(v6.state.review.cards);
    expect(loaded.sync).toEqual(v6.state.sync);
    expect(loaded.review.settings).toMatchObject({ desiredRetention: 0.9, newCardsPerDay: 20, dayStartHour: 4, interviewMode: true });
  });

  it('step 8, from version 7: keeps everything (review flags and settings included) and adds the mock interview with its default settings and no sessions', () => {
    const v7 = JSON.parse(fixture(7)) as { state: Record<string, unknown> & { review: Record<string, unknown> } };
    expect(step(8)).toEqual({ ...v7.state, mock: EMPTY_USER_DATA.mock });
    const loaded = loadUserData(fixture(7));
    expect(loaded.review).toEqual(v7.state.review);
    expect(loaded.sync).toEqual(v7.state.sync);
    expect(loaded.mock).toEqual({ settings: EMPTY_USER_DATA.mock.settings, sessions: {} });
    expect(loaded.mock.settings).toMatchObject({
      targetSeconds: 120,
      limitSeconds: 180,
      followUpSeconds: 60,
      readAloud: false,
      record: false,
      keepRecordings: false,
    });
  });

  it('refuses settings whose keyboard shortcuts are not on or off', () => {
    expect(() => validateUserData({ ...EMPTY_USER_DATA, settings: { ...EMPTY_USER_DATA.settings, shortcuts: 'yes' } })).toThrow(/settings.shortcuts/);
  });

  it('refuses a version newer than the app knows, and unknown versions', () => {
    expect(() => migrateUserData({}, USER_DATA_VERSION + 1)).toThrow(/newer version/);
    expect(() => readEnvelope(JSON.stringify({ state: {}, version: USER_DATA_VERSION + 1 }))).toThrow(/newer version/);
    expect(() => migrateUserData({}, 0)).toThrow(/unknown version/);
    expect(() => readEnvelope('{"state":{}}')).toThrow(/version: missing/);
  });

  it('refuses text that is not JSON, or not the stored envelope', () => {
    expect(() => readEnvelope('{"state":{"settings":{"lang')).toThrow(/not readable as JSON/);
    expect(() => readEnvelope('[]')).toThrow(InvalidUserDataError);
    expect(() => readEnvelope('{"version":2}')).toThrow(/state: missing/);
  });
});

describe('stored data: validation, slice by slice', () => {
  const valid = data({
    stories: { 'india-gst': story('GST'), 'story-abc1234': story('Mine', 5, true) },
    questionDrafts: { 'why-amazon': { keyPoints: 'k', draft: 'd', stories: ['india-gst'], updatedAt: 3 } },
    meta: { lastBackupAt: 10 },
    cards: {
      'topic:docker:0abc123': { question: 'What is a layer?', answer: 'A diff.', deck: null, updatedAt: 4, deleted: false },
      'own:mh2x1k0-a1b2c3': { question: '질문', answer: '답', deck: 'own:내 덱', updatedAt: 5, deleted: true },
      'own:mh2x1k1-zz9': { question: 'Q', answer: 'A', deck: 'topic:docker', updatedAt: 6, deleted: false },
    },
    ownQuestions: { 'q-mh2x1k0': { prompt: { en: 'Why AWS?' }, principles: ['ownership'], updatedAt: 7, deleted: false } },
    principleNotes: { 'think-big': { notes: '- 크게', updatedAt: 8 } },
  });

  it('accepts the current shape', () => {
    expect(validateUserData(valid)).toEqual(valid);
  });

  const bad: [string, unknown, RegExp][] = [
    ['not an object', [], /state: expected an object/],
    ['an unknown slice', { ...EMPTY_USER_DATA, extra: 1 }, /extra: unknown field/],
    ['a wrong language', { ...EMPTY_USER_DATA, settings: { ...EMPTY_USER_DATA.settings, language: 42 } }, /settings.language/],
    ['a bad date', { ...EMPTY_USER_DATA, settings: { ...EMPTY_USER_DATA.settings, interviewDate: '2026-02-31' } }, /settings.interviewDate/],
    [
      'a story title that is a number',
      { ...EMPTY_USER_DATA, stories: { x1a: { ...story('t'), story: { ...EMPTY_STORY, title: 7 } } } },
      /stories\["x1a"\].story.title: expected text/,
    ],
    ['a story id that is not kebab-case', { ...EMPTY_USER_DATA, stories: { 'Bad Id': story('t') } }, /stories\["Bad Id"\]: expected a kebab-case id as key/],
    ['a missing updatedAt', { ...EMPTY_USER_DATA, stories: { abc: { story: EMPTY_STORY, deleted: false } } }, /updatedAt: missing/],
    ['a negative time', { ...EMPTY_USER_DATA, stories: { abc: story('t', -1) } }, /updatedAt: expected a time/],
    [
      'a principle that is not an id',
      { ...EMPTY_USER_DATA, stories: { abc: { ...story('t'), story: { ...EMPTY_STORY, principles: ['Own It'] } } } },
      /principles\[0\]/,
    ],
    [
      'a draft with stories as text',
      { ...EMPTY_USER_DATA, questionDrafts: { q: { ...draft('d'), stories: 'india-gst' } } },
      /questionDrafts\["q"\].stories: expected a list/,
    ],
    ['meta with a text time', { ...EMPTY_USER_DATA, meta: { lastBackupAt: 'yesterday' } }, /meta.lastBackupAt/],
    [
      'a card keyed by a kebab-case id',
      { ...EMPTY_USER_DATA, cards: { docker: { question: 'q', answer: 'a', deck: null, updatedAt: 1, deleted: false } } },
      /cards\["docker"\]: expected a card id as key/,
    ],
    [
      'an own card without a deck',
      { ...EMPTY_USER_DATA, cards: { 'own:1-a': { question: 'q', answer: 'a', deck: null, updatedAt: 1, deleted: false } } },
      /cards\["own:1-a"\].deck/,
    ],
    [
      'an own card in a deck with no name',
      { ...EMPTY_USER_DATA, cards: { 'own:1-a': { question: 'q', answer: 'a', deck: 'own: ', updatedAt: 1, deleted: false } } },
      /cards\["own:1-a"\].deck/,
    ],
    [
      'an edit of a content card with a deck',
      { ...EMPTY_USER_DATA, cards: { 'topic:docker:0abc123': { question: 'q', answer: 'a', deck: 'topic:docker', updatedAt: 1, deleted: false } } },
      /deck: expected null/,
    ],
    [
      'a card answer that is a number',
      { ...EMPTY_USER_DATA, cards: { 'own:1-a': { question: 'q', answer: 3, deck: 'own:x', updatedAt: 1, deleted: false } } },
      /cards\["own:1-a"\].answer: expected text/,
    ],
    [
      'an own question with no prompt text',
      { ...EMPTY_USER_DATA, ownQuestions: { 'q-1': { prompt: { en: ' ' }, principles: [], updatedAt: 1, deleted: false } } },
      /ownQuestions\["q-1"\].prompt: expected the question/,
    ],
    [
      'an own question with a prompt in another language',
      { ...EMPTY_USER_DATA, ownQuestions: { 'q-1': { prompt: { fr: 'Pourquoi ?' }, principles: [], updatedAt: 1, deleted: false } } },
      /ownQuestions\["q-1"\].prompt.fr: unknown field/,
    ],
    [
      'an own question id that is not kebab-case',
      { ...EMPTY_USER_DATA, ownQuestions: { 'Q 1': { prompt: { ko: '왜?' }, principles: [], updatedAt: 1, deleted: false } } },
      /expected a kebab-case id as key/,
    ],
    [
      'principle notes that are not text',
      { ...EMPTY_USER_DATA, principleNotes: { 'think-big': { notes: ['x'], updatedAt: 1 } } },
      /principleNotes\["think-big"\].notes: expected text/,
    ],
  ];

  it.each(bad)('refuses %s, naming the field', (_name, value, message) => {
    expect(() => validateUserData(value)).toThrow(InvalidUserDataError);
    expect(() => validateUserData(value)).toThrow(message);
  });
});

describe("merging another tab's data (three-way, record by record)", () => {
  const base = data({ stories: { a: story('A'), b: story('B') }, questionDrafts: { q: draft('Q') } });

  it("takes each side's changes to different records", () => {
    const local = data({ ...base, stories: { ...base.stories, a: story('A mine', 2) } });
    const incoming = data({ ...base, stories: { ...base.stories, b: story('B theirs', 3) }, questionDrafts: { q: draft('Q theirs', 3) } });
    const { merged, conflicts } = mergeUserData(base, local, incoming);
    expect(merged.stories).toEqual({ a: story('A mine', 2), b: story('B theirs', 3) });
    expect(merged.questionDrafts).toEqual({ q: draft('Q theirs', 3) });
    expect(conflicts).toEqual([]);
  });

  it('takes a removal (revert) made by the other tab, and keeps one made here', () => {
    const local = data({ ...base, stories: { b: story('B') } });
    const incoming = data({ ...base, questionDrafts: {} });
    const { merged } = mergeUserData(base, local, incoming);
    expect(merged.stories).toEqual({ b: story('B') });
    expect(merged.questionDrafts).toEqual({});
  });

  it("keeps this tab's version when both changed the same record, and reports it", () => {
    const local = data({ ...base, stories: { ...base.stories, a: story('A mine', 2) } });
    const incoming = data({ ...base, stories: { ...base.stories, a: story('A theirs', 3) } });
    const { merged, conflicts } = mergeUserData(base, local, incoming);
    expect(merged.stories.a).toEqual(story('A mine', 2));
    expect(conflicts).toEqual([{ slice: 'stories', id: 'a', value: story('A theirs', 3), source: 'tab' }]);
    expect(merged.conflicts).toEqual([{ slice: 'stories', id: 'a', offers: [{ value: story('A theirs', 3), at: expect.any(Number), source: 'tab' }] }]);
  });

  it("keeps the other tab's edit when this tab only reverted that record (a revert loses no text)", () => {
    const local = data({ ...base, stories: { b: story('B') } });
    const incoming = data({ ...base, stories: { ...base.stories, a: story('A theirs', 3) } });
    const { merged, conflicts } = mergeUserData(base, local, incoming);
    expect(merged.stories.a).toEqual(story('A theirs', 3));
    expect(conflicts).toEqual([]);
  });

  it('merges settings field by field, the other tab winning a field both changed', () => {
    const local = data({ settings: { language: 'ko', theme: 'dark', interviewDate: null, shortcuts: false } });
    const incoming = data({ settings: { language: 'en', theme: 'system', interviewDate: '2026-12-01', shortcuts: true } });
    expect(mergeUserData(EMPTY_USER_DATA, local, incoming).merged.settings).toEqual({
      language: 'en',
      theme: 'dark',
      interviewDate: '2026-12-01',
      shortcuts: false,
    });
  });

  it('merges cards, own questions and principle notes record by record, reporting a record both tabs changed', () => {
    const card = (answer: string, updatedAt = 1) => ({ question: 'Q', answer, deck: 'own:mine', updatedAt, deleted: false });
    const start = data({ cards: { 'own:1-a': card('A'), 'own:1-b': card('B') }, principleNotes: { 'think-big': { notes: 'N', updatedAt: 1 } } });
    const local = data({
      ...start,
      cards: { ...start.cards, 'own:1-a': card('A mine', 2) },
      principleNotes: { 'think-big': { notes: 'N mine', updatedAt: 2 } },
    });
    const incoming = data({
      ...start,
      cards: { ...start.cards, 'own:1-b': card('B theirs', 3) },
      ownQuestions: { 'q-1': { prompt: { ko: '왜?' }, principles: [], updatedAt: 3, deleted: false } },
      principleNotes: { 'think-big': { notes: 'N theirs', updatedAt: 3 } },
    });
    const { merged, conflicts } = mergeUserData(start, local, incoming);
    expect(merged.cards).toEqual({ 'own:1-a': card('A mine', 2), 'own:1-b': card('B theirs', 3) });
    expect(merged.ownQuestions).toEqual(incoming.ownQuestions);
    expect(merged.principleNotes['think-big']?.notes).toBe('N mine');
    expect(conflicts).toEqual([{ slice: 'principleNotes', id: 'think-big', value: incoming.principleNotes['think-big'], source: 'tab' }]);
    expect(merged.conflicts).toEqual([
      { slice: 'principleNotes', id: 'think-big', offers: [{ value: incoming.principleNotes['think-big'], at: expect.any(Number), source: 'tab' }] },
    ]);
  });

  it('keeps the later backup time', () => {
    const local = data({ meta: { lastBackupAt: 5 } });
    const incoming = data({ meta: { lastBackupAt: 3 } });
    expect(mergeUserData(EMPTY_USER_DATA, local, incoming).merged.meta.lastBackupAt).toBe(5);
  });
});
