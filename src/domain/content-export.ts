/**
 * What the user made in the app, as content files: the same format the build reads, so a file can
 * be dropped into content/ (an own question, a principle with the user's notes, a deck of the
 * user's own cards as a topic). Pure; no YAML library: every front-matter value is written as JSON,
 * which YAML 1.2 reads as the same value (a JSON string is a YAML double-quoted scalar).
 */
import type { BilingualText, LocalizedText } from './content';
import { kebabId } from './ids';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/**
 * Makes text safe to put under a heading of a content file: lines that would start a section the
 * build splits at (the given heading levels) go one level below the deepest of them, and a code
 * fence left open is closed, so the next heading is not swallowed. Fence rules as splitSections'.
 */
export function safeBlock(text: string, levels: readonly number[]): string {
  const deepest = Math.max(...levels);
  const splitting = new RegExp(`^(?:${levels.map((n) => `#{${n}}`).join('|')})\\s`);
  const out: string[] = [];
  let fence: string | null = null;
  let opener = '';
  for (const line of text.replace(/\r\n?/g, '\n').trim().split('\n')) {
    const match = FENCE.exec(line);
    if (match) {
      const marker = match[1] ?? '';
      if (fence === null) {
        fence = marker[0] ?? null;
        opener = marker;
      } else if (marker[0] === fence) fence = null;
      out.push(line);
    } else if (fence === null && splitting.test(line)) {
      out.push(`${'#'.repeat(deepest + 1)} ${line.replace(/^#+\s+/, '')}`);
    } else {
      out.push(line);
    }
  }
  if (fence !== null) out.push(opener);
  return out.join('\n');
}

const json = (value: unknown): string => JSON.stringify(value);

function frontMatter(lines: readonly (string | null)[]): string {
  return `---\n${lines.filter((l): l is string => l !== null).join('\n')}\n---\n`;
}

function localized(key: string, text: LocalizedText): string | null {
  const parts = [text.ko?.trim() ? `  ko: ${json(text.ko.trim())}` : null, text.en?.trim() ? `  en: ${json(text.en.trim())}` : null].filter((p) => p !== null);
  return parts.length === 0 ? null : `${key}:\n${parts.join('\n')}`;
}

const list = (key: string, items: readonly string[]): string | null => (items.length === 0 ? null : `${key}: ${json(items)}`);

export interface QuestionExport {
  readonly prompt: LocalizedText;
  readonly principles: readonly string[];
  readonly stories: readonly string[];
  readonly keyPoints: string;
  readonly draft: string;
}

/** An expected question as `content/questions/<id>.md`. */
export function questionToMarkdown(question: QuestionExport): string {
  const head = frontMatter([localized('prompt', question.prompt), list('principles', question.principles), list('stories', question.stories)]);
  const section = (title: string, text: string): string => {
    const body = safeBlock(text, [2]);
    return body === '' ? `## ${title}\n` : `## ${title}\n\n${body}\n`;
  };
  return `${head}${section('Key points', question.keyPoints)}\n${section('Draft answer', question.draft)}`;
}

export interface PrincipleExport {
  readonly order: number;
  readonly title: BilingualText;
  readonly statement: BilingualText;
  readonly prompt?: BilingualText;
  readonly sources: readonly string[];
  readonly notes: string;
}

/** A principle as `content/principles/<id>.md`, with the user's notes as its body. */
export function principleToMarkdown(principle: PrincipleExport): string {
  const bilingual = (key: string, text: BilingualText): string => `${key}:\n  en: ${json(text.en)}\n  ko: ${json(text.ko)}`;
  const head = frontMatter([
    `order: ${principle.order}`,
    bilingual('title', principle.title),
    bilingual('statement', principle.statement),
    principle.prompt ? bilingual('prompt', principle.prompt) : null,
    principle.sources.length === 0 ? null : `sources:\n${principle.sources.map((s) => `  - ${json(s)}`).join('\n')}`,
  ]);
  const notes = principle.notes.replace(/\r\n?/g, '\n').trim();
  return notes === '' ? head : `${head}${notes}\n`;
}

export interface TopicExport {
  readonly title: string;
  readonly tags: readonly string[];
  readonly cards: readonly { readonly question: string; readonly answer: string }[];
}

/**
 * Cards as a topic file (`content/topics/<id>.md`): `## Cards`, one `### question` per card, its
 * answer below. A question becomes one line; cards without an answer are left out (the build
 * refuses them); a question that reads the same as an earlier one gets a number, so each card
 * keeps its own id.
 */
export function cardsToTopicMarkdown(topic: TopicExport): string {
  const head = frontMatter([`title: ${json(topic.title.trim())}`, 'round: 1', list('tags', topic.tags)]);
  const seen = new Set<string>();
  const cards: string[] = [];
  for (const card of topic.cards) {
    const base = card.question.replace(/\s+/g, ' ').trim();
    const answer = safeBlock(card.answer, [2, 3]);
    if (base === '' || answer === '') continue;
    let question = base;
    for (let n = 2; seen.has(question.toLowerCase()); n += 1) question = `${base} (${n})`;
    seen.add(question.toLowerCase());
    cards.push(`### ${question}\n\n${answer}\n`);
  }
  return `${head}\n## Cards\n\n${cards.join('\n')}`;
}

/** A kebab-case file name for a deck name (Korean names fall back to a stable hash). */
export function deckFileId(name: string): string {
  return kebabId(name, 'deck');
}
