import {
  CONTENT_KINDS,
  STAR_SECTIONS,
  type ContentBundle,
  type ContentIndex,
  type TopicCardIds,
  type ContentKind,
  type FollowUpEntry,
  type GuideEntry,
  type PrincipleEntry,
  type QuestionEntry,
  type StoryEntry,
  type TopicCard,
  type TopicEntry,
} from '../domain/content.ts';
import { recallCardId, RECALL_DIRECTIONS, type ContentCardFace } from '../domain/cards.ts';
import { ID_PATTERN, topicCardId } from '../domain/ids.ts';
import { splitSections, type MarkdownSection } from '../domain/markdown-sections.ts';
import { ContentError, type ContentProblem } from './errors.ts';
import { readFrontMatter, validate, type FrontMatterFile, type RawFile } from './parse-file.ts';
import { schemas } from './schema.ts';

const STAR_HEADINGS = ['Situation', 'Task', 'Action', 'Result'] as const;
const STORY_EXTRA_HEADINGS = ['Learnings', 'Notes'] as const;
const QUESTION_HEADINGS = ['Key points', 'Draft answer'] as const;

/** `content/stories/gst.md` -> `stories`, or null for files outside the five folders. */
export function kindOf(file: string): ContentKind | null {
  const match = /(?:^|\/)content\/([^/]+)\/[^/]+\.md$/.exec(file);
  const folder = match?.[1];
  return (CONTENT_KINDS as readonly string[]).includes(folder ?? '') ? (folder as ContentKind) : null;
}

function entryId(file: FrontMatterFile, explicit: string | undefined, problems: ContentProblem[]): string | null {
  if (explicit !== undefined) return explicit;
  const base = file.file.split('/').pop()?.replace(/\.md$/, '') ?? '';
  if (!ID_PATTERN.test(base)) {
    problems.push({ file: file.file, field: 'file name', message: `"${base}.md" is not kebab-case (a-z, 0-9, "-"); rename it or set "id"` });
    return null;
  }
  return base;
}

function sectionMap(
  file: string,
  body: string,
  allowed: readonly string[],
  required: readonly string[],
  problems: ContentProblem[],
): Map<string, MarkdownSection> | null {
  const { preamble, sections } = splitSections(body, 2);
  const found = new Map<string, MarkdownSection>();
  let ok = true;
  if (preamble !== '') {
    problems.push({ file, field: 'body', message: `text before the first section: start with "## ${required[0] ?? allowed[0] ?? ''}"` });
    ok = false;
  }
  for (const section of sections) {
    if (!allowed.includes(section.heading)) {
      problems.push({
        file,
        field: 'body',
        message: `unexpected section "## ${section.heading}" at body line ${section.line} (expected ${allowed.map((h) => `"## ${h}"`).join(', ')})`,
      });
      ok = false;
    } else if (found.has(section.heading)) {
      problems.push({ file, field: 'body', message: `section "## ${section.heading}" appears twice` });
      ok = false;
    } else {
      found.set(section.heading, section);
    }
  }
  const missing = required.filter((h) => !found.has(h));
  if (missing.length > 0) {
    problems.push({
      file,
      field: 'body',
      message: `missing section${missing.length > 1 ? 's' : ''} ${missing.map((h) => `"## ${h}"`).join(', ')} (an empty section is fine)`,
    });
    ok = false;
  }
  const order = sections.map((s) => s.heading).filter((h) => required.includes(h));
  if (ok && order.join('|') !== required.join('|')) {
    problems.push({ file, field: 'body', message: `sections out of order: expected ${required.map((h) => `"## ${h}"`).join(', ')}` });
    ok = false;
  }
  return ok ? found : null;
}

function topicCards(file: string, topic: string, body: string, problems: ContentProblem[]): { notes: string; cards: TopicCard[] } {
  const { preamble, sections } = splitSections(body, 2);
  const cardsIndex = sections.findIndex((s) => s.heading === 'Cards');
  if (cardsIndex === -1) return { notes: body.trim(), cards: [] };
  if (cardsIndex !== sections.length - 1) {
    problems.push({ file, field: 'body', message: `"## Cards" must be the last section; found "## ${sections[cardsIndex + 1]?.heading ?? ''}" after it` });
  }
  const cardsSection = sections[cardsIndex];
  const notesEnd = body
    .split(/\r?\n/)
    .slice(0, (cardsSection?.line ?? 1) - 1)
    .join('\n');
  const split = splitSections(cardsSection?.text ?? '', 3);
  if (split.preamble !== '') {
    problems.push({ file, field: 'Cards', message: 'text before the first "### question" heading' });
  }
  const seen = new Map<string, string>();
  const cards: TopicCard[] = [];
  split.sections.forEach((section, index) => {
    const id = topicCardId(topic, section.heading);
    if (section.heading === '') {
      problems.push({ file, field: `Cards[${index}]`, message: 'empty question heading' });
    } else if (section.text === '') {
      problems.push({ file, field: `Cards[${index}]`, message: `card "${section.heading}" has no answer` });
    } else if (seen.has(id)) {
      problems.push({ file, field: `Cards[${index}]`, message: `duplicate question "${section.heading}"` });
    } else {
      seen.set(id, section.heading);
      cards.push({ id, topic, question: section.heading, answer: section.text });
    }
  });
  void preamble;
  return { notes: notesEnd.trim(), cards };
}

interface Parsed {
  principles: PrincipleEntry[];
  questions: QuestionEntry[];
  stories: StoryEntry[];
  topics: TopicEntry[];
  guides: GuideEntry[];
  followUps: FollowUpEntry[];
}

function parseOne(raw: RawFile, kind: ContentKind, out: Parsed, problems: ContentProblem[]): string | null {
  const file = readFrontMatter(raw, problems);
  if (!file) return null;
  switch (kind) {
    case 'principles': {
      const data = validate(schemas.principles, file, problems);
      const id = entryId(file, data?.id, problems);
      if (!data || !id) return null;
      out.principles.push({
        id,
        order: data.order,
        title: data.title,
        statement: data.statement,
        ...(data.prompt ? { prompt: data.prompt } : {}),
        notes: file.body.trim(),
        sources: data.sources,
        stories: [],
        questions: [],
      });
      return id;
    }
    case 'questions': {
      const data = validate(schemas.questions, file, problems);
      const id = entryId(file, data?.id, problems);
      const sections = sectionMap(file.file, file.body, QUESTION_HEADINGS, QUESTION_HEADINGS, problems);
      if (!data || !id || !sections) return null;
      out.questions.push({
        id,
        order: data.order ?? Number.MAX_SAFE_INTEGER,
        prompt: data.prompt,
        principles: data.principles,
        stories: data.stories,
        keyPoints: sections.get('Key points')?.text ?? '',
        draft: sections.get('Draft answer')?.text ?? '',
        sources: data.sources,
      });
      return id;
    }
    case 'stories': {
      const data = validate(schemas.stories, file, problems);
      const id = entryId(file, data?.id, problems);
      const sections = sectionMap(file.file, file.body, [...STAR_HEADINGS, ...STORY_EXTRA_HEADINGS], STAR_HEADINGS, problems);
      if (!data || !id || !sections) return null;
      const [situation, task, action, result] = STAR_HEADINGS.map((h) => sections.get(h)?.text ?? '');
      out.stories.push({
        id,
        title: data.title,
        principles: data.principles,
        followUps: data['follow-ups'],
        star: { situation: situation ?? '', task: task ?? '', action: action ?? '', result: result ?? '' },
        learnings: sections.get('Learnings')?.text ?? '',
        notes: sections.get('Notes')?.text ?? '',
        sources: data.sources,
        questions: [],
      });
      return id;
    }
    case 'topics': {
      const data = validate(schemas.topics, file, problems);
      const id = entryId(file, data?.id, problems);
      if (!data || !id) return null;
      const { notes, cards } = topicCards(file.file, id, file.body, problems);
      out.topics.push({ id, title: data.title, round: data.round, tags: data.tags, sources: data.sources, notes, cards });
      return id;
    }
    case 'guides': {
      const data = validate(schemas.guides, file, problems);
      const id = entryId(file, data?.id, problems);
      if (!data || !id) return null;
      out.guides.push({ id, order: data.order ?? Number.MAX_SAFE_INTEGER, title: data.title, body: file.body.trim(), sources: data.sources });
      return id;
    }
    case 'follow-ups': {
      const data = validate(schemas['follow-ups'], file, problems);
      const id = entryId(file, data?.id, problems);
      if (file.body.trim() !== '') {
        problems.push({
          file: file.file,
          field: 'body',
          message: 'a follow-up has no body: put the question in "prompt" (en and ko) and the note in "checks"',
        });
        return null;
      }
      if (!data || !id) return null;
      out.followUps.push({ id, order: data.order, prompt: data.prompt, checks: data.checks ?? null, principles: data.principles, sources: data.sources });
      return id;
    }
  }
}

function checkRefs(file: string, field: string, refs: readonly string[], known: ReadonlySet<string>, what: string, problems: ContentProblem[]): void {
  refs.forEach((ref, index) => {
    if (!known.has(ref)) problems.push({ file, field: `${field}[${index}]`, message: `unknown ${what} "${ref}"` });
  });
}

const byOrder = <T extends { order: number; id: string }>(a: T, b: T): number => a.order - b.order || a.id.localeCompare(b.id);

/**
 * Parses and validates every content file, checks ids and references, and derives the links both
 * ways. Throws a ContentError listing every problem (file, field, value) if anything is wrong.
 */
export function buildContent(files: readonly RawFile[]): { bundle: ContentBundle; index: ContentIndex } {
  const problems: ContentProblem[] = [];
  const parsed: Parsed = { principles: [], questions: [], stories: [], topics: [], guides: [], followUps: [] };
  const fileOf = new Map<string, string>();
  // Ids of files that failed to parse still count as known, so one bad file is reported once
  // instead of as a dangling reference in every file that names it.
  const failedIds = new Set<string>();
  const sorted = [...files].sort((a, b) => a.file.localeCompare(b.file));
  for (const raw of sorted) {
    if (!raw.file.endsWith('.md')) {
      problems.push({ file: raw.file, field: 'file name', message: 'not a markdown file: content entries are ".md" files' });
      continue;
    }
    const kind = kindOf(raw.file);
    if (!kind) {
      problems.push({ file: raw.file, field: 'folder', message: `not a content folder (expected one of ${CONTENT_KINDS.join(', ')})` });
      continue;
    }
    const id = parseOne(raw, kind, parsed, problems);
    if (id === null) {
      failedIds.add(`${kind}/${/^id:\s*([a-z0-9-]+)\s*$/m.exec(raw.source)?.[1] ?? raw.file.split('/').pop()?.replace(/\.md$/, '')}`);
      continue;
    }
    const key = `${kind}/${id}`;
    const first = fileOf.get(key);
    if (first !== undefined) {
      problems.push({ file: raw.file, field: 'id', message: `duplicate id "${id}": ${first} has it too` });
    } else {
      fileOf.set(key, raw.file);
    }
  }

  const known = (kind: ContentKind, ids: readonly string[]): Set<string> =>
    new Set([...ids, ...[...failedIds].filter((k) => k.startsWith(`${kind}/`)).map((k) => k.slice(kind.length + 1))]);
  const principleIds = known(
    'principles',
    parsed.principles.map((p) => p.id),
  );
  const storyIds = known(
    'stories',
    parsed.stories.map((s) => s.id),
  );
  const file = (kind: ContentKind, id: string): string => fileOf.get(`${kind}/${id}`) ?? `content/${kind}/${id}.md`;
  for (const story of parsed.stories) {
    checkRefs(file('stories', story.id), 'principles', story.principles, principleIds, 'principle', problems);
  }
  for (const followUp of parsed.followUps) {
    checkRefs(file('follow-ups', followUp.id), 'principles', followUp.principles, principleIds, 'principle', problems);
  }
  for (const question of parsed.questions) {
    checkRefs(file('questions', question.id), 'principles', question.principles, principleIds, 'principle', problems);
    checkRefs(file('questions', question.id), 'stories', question.stories, storyIds, 'story', problems);
  }
  if (problems.length > 0) throw new ContentError(problems);

  const storiesOf = new Map<string, string[]>();
  const questionsOfPrinciple = new Map<string, string[]>();
  const questionsOfStory = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(key, list);
  };
  const questions = [...parsed.questions].sort(byOrder);
  const stories = [...parsed.stories].sort((a, b) => a.id.localeCompare(b.id));
  for (const story of stories) for (const p of story.principles) push(storiesOf, p, story.id);
  for (const q of questions) {
    for (const p of q.principles) push(questionsOfPrinciple, p, q.id);
    for (const s of q.stories) push(questionsOfStory, s, q.id);
  }

  const content = {
    principles: [...parsed.principles]
      .sort(byOrder)
      .map((p) => ({ ...p, stories: storiesOf.get(p.id) ?? [], questions: questionsOfPrinciple.get(p.id) ?? [] })),
    questions,
    stories: stories.map((s) => ({ ...s, questions: questionsOfStory.get(s.id) ?? [] })),
    topics: [...parsed.topics].sort((a, b) => a.round - b.round || a.id.localeCompare(b.id)),
    guides: [...parsed.guides].sort(byOrder),
    followUps: [...parsed.followUps].sort(byOrder),
  };
  const bundle: ContentBundle = { ...content, cards: deriveCards(content) };
  return { bundle, index: indexOf(bundle) };
}

/**
 * Derives, once, at build time, the faces of the cards whose text comes from content alone: topic
 * cards, then LP recall both ways (siblings far apart). Ids depend on content ids (and a topic
 * card's question) only, so editing an answer or a statement keeps a card's history. Behavioural
 * prompts are not here: their answer side shows what the user wrote, so the browser builds them
 * from the live model (src/lib/card-faces.ts).
 */
export function deriveCards(content: Omit<ContentBundle, 'cards'>): ContentCardFace[] {
  const faces: ContentCardFace[] = [];
  for (const topic of content.topics) {
    for (const card of topic.cards) faces.push({ kind: 'topic', id: card.id, topic: topic.id, question: card.question, answer: card.answer });
  }
  for (const direction of RECALL_DIRECTIONS) {
    for (const p of content.principles) {
      faces.push({ kind: 'recall', id: recallCardId(p.id, direction), principle: p.id, direction, title: p.title, statement: p.statement });
    }
  }
  return faces;
}

/** The small index every page may load (see ContentIndex): fields picked one by one, so a new field stays out unless it is needed. */
export function indexOf(bundle: ContentBundle): ContentIndex {
  return {
    // The interview prompts are long text like the statements: the principles module and the review carry them.
    principles: bundle.principles.map(({ id, order, title }) => ({ id, order, title })),
    questions: bundle.questions.map(({ id, order, prompt, principles, stories, keyPoints, draft }) => ({
      id,
      order,
      prompt,
      principles,
      stories,
      answered: draft.trim() !== '' || keyPoints.trim() !== '',
    })),
    stories: bundle.stories.map(({ id, title, principles, followUps, star }) => ({
      id,
      title,
      principles,
      followUps,
      filled: Object.fromEntries(STAR_SECTIONS.map((s) => [s, star[s].trim() !== ''])) as Record<(typeof STAR_SECTIONS)[number], boolean>,
    })),
    topics: bundle.topics.map(({ id, title, round, tags, cards }) => ({ id, title, round, tags, cardCount: cards.length })),
    guides: bundle.guides.map(({ id, order, title }) => ({ id, order, title })),
  };
}

/** Each topic's card ids, in order: their own module, apart from the index the first page loads. */
export function topicCardIdsOf(bundle: ContentBundle): TopicCardIds {
  return Object.fromEntries(bundle.topics.map((topic) => [topic.id, topic.cards.map((card) => card.id)]));
}
