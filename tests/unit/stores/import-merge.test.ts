import { describe, expect, it } from 'vitest';
import { DAY, type ReviewLogEntry, type StoredCard } from '@/domain/review';
import { replayCard } from '@/domain/review-replay';
import { gradeCard } from '@/domain/scheduling';
import { planMerge } from '@/stores/import-merge';
import type { UserData } from '@/stores/user-data';
import {
  clock,
  deleteCard,
  deleteOwnQuestion,
  deleteStory,
  EMPTY,
  exportFrom,
  fields,
  grade,
  importInto,
  revertCard,
  revertDraft,
  revertNote,
  revertStory,
  saveCard,
  saveDraft,
  saveNote,
  saveOwnQuestion,
  saveStory,
  scheduler,
} from './devices';

const T0 = Date.UTC(2026, 10, 1, 9);
const at = (days: number, hours = 0): number => T0 + days * DAY + hours * 3_600_000;

/** A straight replay: every scheduled grade of the card, in time order, from a new card. */
function straightReplay(log: readonly ReviewLogEntry[], cardId: string): StoredCard | undefined {
  let card: StoredCard | undefined;
  for (const [time, id, g, , cram] of [...log].sort((a, b) => a[0] - b[0]))
    if (id === cardId && cram === 0) card = gradeCard(scheduler, id, card, g, time, clock).next;
  return card;
}

/** Desk and phone agree on `common` (desk exported it, phone merged it), then each changes things. */
function diverged() {
  let common = EMPTY;
  for (const id of ['only-desk', 'only-phone', 'both', 'deleted-on-desk', 'reverted-on-phone', 'edited-then-deleted', 'deleted-then-edited']) {
    common = saveStory(common, id, fields(id, 'common text'), at(0));
  }
  common = saveDraft(common, 'q-reverted', 'common draft', at(0));
  common = saveDraft(common, 'q-desk', 'common draft', at(0));
  common = grade(common, 'card-x', 3, at(0, 1));
  let desk = exportFrom(common);
  let phone = importInto(EMPTY, desk, at(0, 2));

  desk = saveStory(desk, 'only-desk', fields('only-desk', 'desk text'), at(1));
  phone = saveStory(phone, 'only-phone', fields('only-phone', 'phone text'), at(1));
  desk = saveStory(desk, 'both', fields('both', 'desk version'), at(1, 1));
  phone = saveStory(phone, 'both', fields('both', 'phone version'), at(1, 2));
  desk = deleteStory(desk, 'deleted-on-desk', at(2));
  phone = revertStory(phone, 'reverted-on-phone', at(2));
  phone = revertDraft(phone, 'q-reverted', at(2));
  desk = saveDraft(desk, 'q-desk', 'desk draft', at(2));
  phone = saveStory(phone, 'new-on-phone', fields('new on phone'), at(2));
  desk = saveStory(desk, 'new-on-desk', fields('new on desk'), at(2));
  // A change on the phone, then a later deletion on the desk that did not know of it.
  phone = saveStory(phone, 'edited-then-deleted', fields('edited-then-deleted', 'phone edit'), at(3));
  desk = deleteStory(desk, 'edited-then-deleted', at(4));
  // A deletion on the desk, then a later change on the phone.
  desk = deleteStory(desk, 'deleted-then-edited', at(3));
  phone = saveStory(phone, 'deleted-then-edited', fields('deleted-then-edited', 'phone edit after'), at(4));
  // Reviews on both: card-x on both (interleaved), card-y on the phone only, a cram grade on the desk.
  desk = grade(desk, 'card-x', 3, at(2, 3));
  phone = grade(phone, 'card-x', 1, at(3, 3));
  desk = grade(desk, 'card-x', 4, at(5, 3));
  phone = grade(phone, 'card-y', 3, at(3, 4));
  desk = grade(desk, 'card-z', 2, at(4, 4), true);
  return { desk, phone };
}

const text = (data: UserData, id: string): string | undefined => data.stories[id]?.story.star.situation;

describe('merge import: two diverged devices', () => {
  const { desk, phone } = diverged();
  const plan = planMerge(desk, exportFrom(phone), at(6));
  const merged = plan.merged;

  it('takes each record changed on one side only from that side', () => {
    expect(text(merged, 'only-desk')).toBe('desk text');
    expect(text(merged, 'only-phone')).toBe('phone text');
    expect(merged.questionDrafts['q-desk']?.draft).toBe('desk draft');
    expect(merged.stories['new-on-phone']?.story.title).toBe('new on phone');
    expect(merged.stories['new-on-desk']?.story.title).toBe('new on desk');
  });

  it('keeps this device’s version of a record both changed, and offers the other (stored with the data)', () => {
    expect(text(merged, 'both')).toBe('desk version');
    const conflict = merged.conflicts.find((c) => c.id === 'both');
    expect(conflict?.offers).toEqual([{ value: expect.objectContaining({ story: fields('both', 'phone version') }), at: at(6), source: 'backup' }]);
  });

  it('keeps deleted records deleted unless the other side changed them after the deletion', () => {
    expect(merged.stories['deleted-on-desk']?.deleted).toBe(true);
    expect(merged.stories).not.toHaveProperty('reverted-on-phone');
    expect(merged.questionDrafts).not.toHaveProperty('q-reverted');
    // Deleted here after the phone's edit: stays deleted, and the phone's text is offered, not lost.
    expect(merged.stories['edited-then-deleted']?.deleted).toBe(true);
    expect(merged.conflicts.find((c) => c.id === 'edited-then-deleted')?.offers[0]?.value).toMatchObject({ story: { star: { situation: 'phone edit' } } });
    // Changed on the phone after the deletion here: the change wins.
    expect(merged.stories['deleted-then-edited']).toMatchObject({ deleted: false, story: { star: { situation: 'phone edit after' } } });
  });

  it('unites the review logs (an entry in both is kept once) and reschedules by replaying each card’s merged log', () => {
    const keys = (log: readonly ReviewLogEntry[]) => log.map(([time, id, g, , cram]) => `${time}|${id}|${g}|${cram}`);
    const union = [...new Set([...keys(desk.review.log), ...keys(phone.review.log)])].sort();
    expect([...keys(merged.review.log)].sort()).toEqual(union);
    expect(merged.review.log).toHaveLength(6);
    expect(merged.review.cards['card-x']).toEqual(straightReplay(merged.review.log, 'card-x'));
    expect(merged.review.cards['card-x']?.reps).toBe(4);
    expect(merged.review.cards['card-x']?.lapses).toBe(1);
    expect(merged.review.cards['card-y']).toEqual(phone.review.cards['card-y']);
    // A cram grade is in the log but schedules nothing.
    expect(merged.review.cards).not.toHaveProperty('card-z');
    // The state before each grade is the replayed one.
    const x = merged.review.log.filter((e) => e[1] === 'card-x');
    expect(x.map((e) => e[3])).toEqual(replayCard(scheduler, clock, 'card-x', merged.review.log).entries.map((e) => e[3]));
  });

  it('keeps this device’s settings', () => {
    const settings = { language: 'ko', theme: 'dark', interviewDate: '2026-12-10', shortcuts: false } as const;
    const result = planMerge(
      { ...desk, settings },
      exportFrom({ ...phone, settings: { language: 'en', theme: 'light', interviewDate: null, shortcuts: true } }),
      at(6),
    ).merged;
    expect(result.settings).toEqual(settings);
  });

  it('previews per kind what the merge adds, changes and conflicts, and what a replace would lose', () => {
    // A replace loses this device's own work the file lacks (only-desk, both, new-on-desk), not the
    // versions the phone had already replaced (only-phone) or reverted (reverted-on-phone).
    expect(plan.preview.stories).toEqual({ adds: 2, changes: 2, conflicts: 2, loses: 3 });
    expect(plan.preview.questionDrafts).toEqual({ adds: 0, changes: 1, conflicts: 0, loses: 1 });
    expect(plan.preview.reviews).toMatchObject({ adds: 2, conflicts: 0, loses: 3 });
    expect(plan.preview.cards).toEqual({ adds: 0, changes: 0, conflicts: 0, loses: 0 });
  });

  it('changes nothing when the same file is merged again', () => {
    const again = planMerge(merged, exportFrom(phone), at(7));
    expect(again.unchanged).toBe(true);
    expect(again.merged).toEqual(merged);
    // The preview says so: nothing added or changed, and the offers already waiting are not new conflicts.
    for (const kind of Object.values(again.preview)) expect(kind).toMatchObject({ adds: 0, changes: 0, conflicts: 0 });
  });

  it('the other way round too: each side ends with both sides’ work', () => {
    const deskFile = exportFrom(merged);
    const phoneMerged = importInto(phone, deskFile, at(8));
    expect(text(phoneMerged, 'only-desk')).toBe('desk text');
    expect(text(phoneMerged, 'only-phone')).toBe('phone text');
    // The phone's own version of "both" stays there, and the desk's is offered.
    expect(text(phoneMerged, 'both')).toBe('phone version');
    expect(phoneMerged.review.log).toHaveLength(6);
    expect(phoneMerged.review.cards['card-x']).toEqual(merged.review.cards['card-x']);
    expect(planMerge(phoneMerged, deskFile, at(9)).unchanged).toBe(true);
  });

  it('a record unchanged since the last exchange takes the other side’s later change, with no conflict', () => {
    const deskFile = exportFrom(merged);
    let phone2 = importInto(phone, deskFile, at(8));
    phone2 = saveStory(phone2, 'only-desk', fields('only-desk', 'phone edits the desk’s text'), at(9));
    const desk2 = importInto(merged, exportFrom(phone2), at(10));
    expect(text(desk2, 'only-desk')).toBe('phone edits the desk’s text');
    expect(desk2.conflicts.filter((c) => c.id === 'only-desk')).toEqual([]);
  });
});

describe('merge import: cards, own questions and principle notes, record by record like stories', () => {
  const EDIT = 'topic:docker:0abc123';
  const EDIT2 = 'topic:docker:1bcd234';
  const OWN = (n: string): string => `own:mh2x1k0-${n}`;
  let common = EMPTY;
  common = saveCard(common, EDIT, 'What is a layer?', 'common answer', at(0));
  common = saveCard(common, EDIT2, 'What is a tag?', 'common answer', at(0));
  for (const n of ['aaaaaa', 'bbbbbb', 'cccccc']) common = saveCard(common, OWN(n), `card ${n}`, 'common answer', at(0));
  common = saveOwnQuestion(common, 'q-one', 'Why AWS?', at(0));
  common = saveOwnQuestion(common, 'q-two', 'Tell me about a failure', at(0));
  common = saveNote(common, 'ownership', 'common notes', at(0));
  common = saveNote(common, 'think-big', 'common notes', at(0));
  const deskStart = exportFrom(common);
  let desk = deskStart;
  let phone = importInto(EMPTY, deskStart, at(0, 2));

  // Cards: an edit of a content card on one side, an own card changed on both, one deleted, one new on each side, one reverted.
  phone = saveCard(phone, EDIT, 'What is a layer?', 'phone answer', at(1));
  desk = saveCard(desk, OWN('aaaaaa'), 'card aaaaaa', 'desk answer', at(1));
  phone = saveCard(phone, OWN('aaaaaa'), 'card aaaaaa', 'phone answer', at(1, 1));
  desk = deleteCard(desk, OWN('bbbbbb'), at(1));
  phone = saveCard(phone, OWN('dddddd'), 'new on phone', 'answer', at(1));
  desk = saveCard(desk, OWN('eeeeee'), 'new on desk', 'answer', at(1));
  phone = revertCard(phone, EDIT2, at(2));
  // Own questions: one new on the phone, one deleted on the desk then changed on the phone later.
  phone = saveOwnQuestion(phone, 'q-three', 'Why this team?', at(1));
  desk = deleteOwnQuestion(desk, 'q-two', at(1));
  phone = saveOwnQuestion(phone, 'q-two', 'Tell me about a failure you learned from', at(2));
  // Principle notes: changed on both sides; reverted on the phone.
  desk = saveNote(desk, 'ownership', 'desk notes', at(1));
  phone = saveNote(phone, 'ownership', 'phone notes', at(1, 1));
  phone = revertNote(phone, 'think-big', at(1));
  phone = saveNote(phone, 'dive-deep', 'phone notes on dive deep', at(1));

  const plan = planMerge(desk, exportFrom(phone), at(3));
  const merged = plan.merged;

  it('takes one-sided changes, keeps this device’s version of records both changed and offers the other', () => {
    expect(merged.cards[EDIT]?.answer).toBe('phone answer');
    expect(merged.cards[OWN('aaaaaa')]?.answer).toBe('desk answer');
    expect(merged.conflicts.find((c) => c.slice === 'cards' && c.id === OWN('aaaaaa'))?.offers[0]?.value).toMatchObject({ answer: 'phone answer' });
    expect(merged.cards[OWN('bbbbbb')]?.deleted).toBe(true);
    expect(merged.cards[OWN('dddddd')]?.question).toBe('new on phone');
    expect(merged.cards[OWN('eeeeee')]?.question).toBe('new on desk');
    expect(merged.cards).not.toHaveProperty(EDIT2);
    expect(merged.ownQuestions['q-three']?.prompt.en).toBe('Why this team?');
    expect(merged.principleNotes.ownership?.notes).toBe('desk notes');
    expect(merged.conflicts.find((c) => c.slice === 'principleNotes' && c.id === 'ownership')?.offers[0]?.value).toMatchObject({ notes: 'phone notes' });
    expect(merged.principleNotes).not.toHaveProperty('think-big');
    expect(merged.principleNotes['dive-deep']?.notes).toBe('phone notes on dive deep');
  });

  it('a deletion stays unless the other side changed the record after it', () => {
    expect(merged.ownQuestions['q-two']).toMatchObject({ deleted: false, prompt: { en: 'Tell me about a failure you learned from' } });
  });

  it('previews each kind: adds, changes, conflicts, and what a replace would lose', () => {
    // Cards: adds the phone's new card; changes the content card's edit and drops the one the phone
    // reverted; one conflict. A replace would lose the desk's version of aaaaaa and its new card.
    expect(plan.preview.cards).toEqual({ adds: 1, changes: 2, conflicts: 1, loses: 2 });
    // Questions: q-three is new, and q-two, deleted here, comes back (changed on the phone after): two more to see.
    expect(plan.preview.questions).toEqual({ adds: 2, changes: 0, conflicts: 0, loses: 0 });
    expect(plan.preview.notes).toEqual({ adds: 1, changes: 1, conflicts: 1, loses: 1 });
  });

  it('changes nothing when the same file is merged again', () => {
    const again = planMerge(merged, exportFrom(phone), at(4));
    expect(again.unchanged).toBe(true);
    for (const kind of Object.values(again.preview)) expect(kind).toMatchObject({ adds: 0, changes: 0, conflicts: 0 });
  });
});
