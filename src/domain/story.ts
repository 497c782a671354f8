import { STAR_SECTIONS, type StarSection, type StoryEntry } from './content';
import { shortHash, slugify } from './ids';

/**
 * Everything the user can write in one STAR story: the editable part of a content story, and the
 * whole of a story created in the app. Stored as an overlay over the content baseline. `sources` is
 * kept from content so that an exported story loses nothing; the form does not edit it.
 */
export type StoryFields = Omit<StoryEntry, 'id' | 'questions'>;

export const EMPTY_STORY: StoryFields = {
  title: '',
  principles: [],
  followUps: [],
  star: { situation: '', task: '', action: '', result: '' },
  learnings: '',
  notes: '',
  sources: [],
};

/** The text fields of a story, in the order the form and the markdown file show them. */
export const STORY_TEXT_FIELDS = ['situation', 'task', 'action', 'result', 'learnings', 'notes'] as const;
export type StoryTextField = (typeof STORY_TEXT_FIELDS)[number];

export function storyText(story: StoryFields, field: StoryTextField): string {
  return field === 'learnings' ? story.learnings : field === 'notes' ? story.notes : story.star[field];
}

export function withStoryText(story: StoryFields, field: StoryTextField, text: string): StoryFields {
  if (field === 'learnings') return { ...story, learnings: text };
  if (field === 'notes') return { ...story, notes: text };
  return { ...story, star: { ...story.star, [field]: text } };
}

/** The editable fields of a content story. */
export function storyFieldsOf(entry: StoryEntry): StoryFields {
  return {
    title: entry.title,
    principles: entry.principles,
    followUps: entry.followUps,
    star: entry.star,
    learnings: entry.learnings,
    notes: entry.notes,
    sources: entry.sources,
  };
}

const lines = (text: string): string => text.replace(/\r\n?/g, '\n');
const block = (text: string): string => lines(text).trim();

/**
 * The story as the content format stores it: sections, title and follow-ups trimmed, line ends
 * as `\n`, empty follow-ups and sources dropped. Two stories that normalise to the same value read
 * the same.
 */
export function normalizeStory(story: StoryFields): StoryFields {
  return {
    title: story.title.trim(),
    principles: [...story.principles],
    followUps: story.followUps.map((q) => q.trim()).filter((q) => q !== ''),
    star: {
      situation: block(story.star.situation),
      task: block(story.star.task),
      action: block(story.star.action),
      result: block(story.star.result),
    },
    learnings: block(story.learnings),
    notes: block(story.notes),
    sources: story.sources.map((s) => s.trim()).filter((s) => s !== ''),
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** True when the two stories read the same (after normalising whitespace and empty entries). */
export function sameStory(a: StoryFields, b: StoryFields): boolean {
  const x = normalizeStory(a);
  const y = normalizeStory(b);
  return (
    x.title === y.title &&
    sameList(x.principles, y.principles) &&
    sameList(x.followUps, y.followUps) &&
    STAR_SECTIONS.every((s) => x.star[s] === y.star[s]) &&
    x.learnings === y.learnings &&
    x.notes === y.notes &&
    sameList(x.sources, y.sources)
  );
}

export function filledSections(story: StoryFields): Record<StarSection, boolean> {
  return {
    situation: story.star.situation.trim() !== '',
    task: story.star.task.trim() !== '',
    action: story.star.action.trim() !== '',
    result: story.star.result.trim() !== '',
  };
}

/** True when the user has written anything at all (a new story is created on its first text). */
export function hasAnyText(story: StoryFields): boolean {
  return (
    story.title.trim() !== '' ||
    STORY_TEXT_FIELDS.some((f) => storyText(story, f).trim() !== '') ||
    story.principles.length > 0 ||
    story.followUps.some((q) => q.trim() !== '')
  );
}

/**
 * An id for a new story: the kebab-case title when it gives one, else `story-<hash>` (Korean
 * titles, or a title not typed yet); `-2`, `-3`... when the id is taken. Pure: `now` salts the hash.
 */
export function newStoryId(title: string, now: number, isTaken: (id: string) => boolean): string {
  const slug = slugify(title);
  const fellBack = slug === `story-${shortHash(title)}`;
  const base = fellBack ? `story-${shortHash(`${title}\u0000${now}`)}` : slug;
  if (!isTaken(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
