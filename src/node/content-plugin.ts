import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import type { Plugin, ViteDevServer } from 'vite';
import {
  CONTENT_KINDS,
  type ContentBundle,
  type ContentIndex,
  type PrincipleEntry,
  type RenderedGuide,
  type RenderedPrinciple,
  type RenderedTopic,
  type TopicCardIds,
  type TopicEntry,
} from '../domain/content.ts';
import { buildContent, topicCardIdsOf } from './build-content.ts';
import { ContentError } from './errors.ts';
import { markdownToHast } from './markdown-hast.ts';
import type { RawFile } from './parse-file.ts';
import { searchText } from './search-text.ts';

export const INDEX_MODULE = 'virtual:loop-prep/content-index';
/** Each topic's card ids, loaded by the views of cards. */
export const CARD_IDS_MODULE = 'virtual:loop-prep/topic-card-ids';
export const KIND_MODULE_PREFIX = 'virtual:loop-prep/content/';
/** Kinds with long bodies get one module per entry, loaded on demand through a loader map. */
export const SPLIT_KINDS = ['topics'] as const;
export const LOADERS_PREFIX = 'virtual:loop-prep/loaders/';
export const ENTRY_PREFIX = 'virtual:loop-prep/entry/';
export const TREES_PREFIX = 'virtual:loop-prep/trees/';
/** Content as plain text for search, loaded by the search dialog only. */
export const SEARCH_TEXT_MODULE = 'virtual:loop-prep/search-text';
const RESOLVED_PREFIX = '\0';

export interface ContentPluginOptions {
  /** Content folder, relative to the Vite root. Default `content`. */
  readonly dir?: string;
}

/** Reads every `*.md` below the content folder (top-level files such as a README are not entries). */
export function readContentDir(root: string, dir: string): RawFile[] {
  const base = path.resolve(root, dir);
  const names = readdirSync(base, { recursive: true, encoding: 'utf8' });
  return (
    names
      // Every file inside a content folder is read (so a stray `.markdown` or `.txt` is reported, not
      // dropped); dotfiles such as .gitkeep and top-level files such as a README are not entries.
      .filter((name) => name.split(path.sep).length > 1 && !name.split(path.sep).some((part) => part.startsWith('.')))
      .filter((name) => statSync(path.join(base, name)).isFile())
      .map((name) => ({
        file: path.relative(root, path.join(base, name)).split(path.sep).join('/'),
        source: readFileSync(path.join(base, name), 'utf8'),
      }))
  );
}

/** What a topic's own chunk carries: its markdown rendered to HAST at build time. */
export function renderTopic(topic: TopicEntry): RenderedTopic {
  return {
    ...topic,
    notes: topic.notes === '' ? null : markdownToHast(topic.notes),
    cards: topic.cards.map((card) => ({ ...card, answer: markdownToHast(card.answer), source: card.answer })),
  };
}

/** Principles as their views load them: notes rendered to HAST at build time. */
export function renderPrinciple(principle: PrincipleEntry): RenderedPrinciple {
  return { ...principle, notes: principle.notes === '' ? null : markdownToHast(principle.notes), notesSource: principle.notes };
}

/** Markdown fields of user-editable kinds, served as HAST trees so reading them needs no parser. */
const TREE_FIELDS = {
  stories: (s: ContentBundle['stories'][number]) => ({ ...s.star, learnings: s.learnings, notes: s.notes }),
  questions: (q: ContentBundle['questions'][number]) => ({ keyPoints: q.keyPoints, draft: q.draft }),
} as const;
type TreeKind = keyof typeof TREE_FIELDS;

/** Each entry's written markdown fields as HAST trees, by id (empty fields left out). */
export function contentTrees(kind: TreeKind, bundle: ContentBundle): Record<string, Record<string, Root>> {
  const fieldsOf = TREE_FIELDS[kind] as (entry: unknown) => Record<string, string>;
  return Object.fromEntries(
    (bundle[kind] as readonly { id: string }[]).map((entry) => {
      const fields = fieldsOf(entry);
      return [
        entry.id,
        Object.fromEntries(
          Object.entries(fields)
            .filter(([, text]) => text !== '')
            .map(([field, text]) => [field, markdownToHast(text)]),
        ),
      ];
    }),
  );
}

/** Guides as their page loads them: the body rendered to HAST at build time. */
export function renderGuide(guide: ContentBundle['guides'][number]): RenderedGuide {
  return { ...guide, body: markdownToHast(guide.body) };
}

/** `export const x = JSON.parse('...')` parses faster than an object literal for large data. */
function jsonModule(name: string, value: unknown): string {
  return `export const ${name} = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}

/** The index module every page loads first. */
export function indexModule(index: ContentIndex): string {
  const topics = index.topics.map((t) => ({
    ...t,
    // A Korean title that only repeats the English one is left out (pickText falls back to it).
    title: t.title.ko === t.title.en ? { en: t.title.en } : t.title,
  }));
  return jsonModule('contentIndex', { ...index, topics });
}

/**
 * Each topic's card ids, for the views of cards (not the first page). A topic card's id is
 * `topic:<topic>:<hash>`: the module carries each topic's hashes in one string and puts the ids
 * back together as it loads (the hashes do not compress). Card ids contain no spaces
 * (TOPIC_CARD_ID_PATTERN).
 */
export function cardIdsModule(ids: TopicCardIds): string {
  const packed = Object.fromEntries(
    Object.entries(ids).map(([topic, list]) => [topic, list.map((id) => (id.startsWith(`topic:${topic}:`) ? id.slice(topic.length + 7) : id)).join(' ')]),
  );
  return (
    jsonModule('packed', packed) +
    'export const topicCardIds = Object.fromEntries(Object.entries(packed).map(([t, s]) => [t, s.split(" ").filter(Boolean).map((k) => (k.includes(":") ? k : `topic:${t}:${k}`))]));\n'
  );
}

/**
 * Build-time content pipeline: parses and validates `content/**\/*.md`, then serves the typed data
 * as virtual modules (one small index, one module per kind with the bodies). In dev, edits to
 * content files update the open page; a bad file shows the error overlay until it is fixed.
 */
export function contentPlugin(options: ContentPluginOptions = {}): Plugin {
  const dir = options.dir ?? 'content';
  let root = process.cwd();
  let isBuild = true;
  let files = new Map<string, RawFile>();
  let result: { bundle: ContentBundle; index: ContentIndex } | null = null;
  let failure: ContentError | null = null;

  const rebuild = (): void => {
    try {
      result = buildContent([...files.values()]);
      failure = null;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      result = null;
      failure = error;
    }
  };

  // One module per kind with the bodies, the card faces (loaded by the review views only), and a
  // loader map for kinds split into one chunk per entry.
  const moduleIds = [
    INDEX_MODULE,
    CARD_IDS_MODULE,
    ...[...CONTENT_KINDS, 'cards'].map((k) => `${KIND_MODULE_PREFIX}${k}`),
    ...SPLIT_KINDS.map((k) => `${LOADERS_PREFIX}${k}`),
    ...Object.keys(TREE_FIELDS).map((k) => `${TREES_PREFIX}${k}`),
    SEARCH_TEXT_MODULE,
  ];
  const isOurs = (id: string): boolean => moduleIds.includes(id) || id.startsWith(ENTRY_PREFIX);

  const reloadAll = async (server: ViteDevServer): Promise<void> => {
    for (const mod of server.moduleGraph.idToModuleMap.values()) {
      if (mod.id?.startsWith(RESOLVED_PREFIX) && isOurs(mod.id.slice(RESOLVED_PREFIX.length))) await server.reloadModule(mod);
    }
    if (failure) server.ws.send({ type: 'error', err: { message: failure.message, stack: '', plugin: 'loop-prep:content' } });
  };

  return {
    name: 'loop-prep:content',
    configResolved(config) {
      root = config.root;
      isBuild = config.command === 'build';
    },
    buildStart() {
      files = new Map(readContentDir(root, dir).map((f) => [f.file, f]));
      rebuild();
      if (failure && isBuild) this.error(failure.message);
      for (const file of files.keys()) this.addWatchFile(path.resolve(root, file));
    },
    resolveId(id) {
      return isOurs(id) ? RESOLVED_PREFIX + id : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      const name = id.slice(RESOLVED_PREFIX.length);
      if (!isOurs(name)) return null;
      if (failure) this.error(failure.message);
      if (!result) this.error('content was not loaded');
      if (name === INDEX_MODULE) return indexModule(result.index);
      if (name === CARD_IDS_MODULE) return cardIdsModule(topicCardIdsOf(result.bundle));
      if (name === SEARCH_TEXT_MODULE) return jsonModule('searchText', searchText(result.bundle));
      if (name.startsWith(TREES_PREFIX)) return jsonModule('trees', contentTrees(name.slice(TREES_PREFIX.length) as TreeKind, result.bundle));
      if (name.startsWith(LOADERS_PREFIX)) {
        const kind = name.slice(LOADERS_PREFIX.length) as keyof ContentBundle;
        const lines = result.bundle[kind].map((e) => `  ${JSON.stringify(e.id)}: () => import(${JSON.stringify(`${ENTRY_PREFIX}${kind}/${e.id}`)}),`);
        return `export const loaders = {\n${lines.join('\n')}\n};\n`;
      }
      if (name.startsWith(ENTRY_PREFIX)) {
        const [kind, entryId] = name.slice(ENTRY_PREFIX.length).split('/') as [keyof ContentBundle, string];
        const entry = (result.bundle[kind] as readonly { id: string }[]).find((e) => e.id === entryId);
        if (!entry) this.error(`no ${kind} entry "${entryId}"`);
        return jsonModule('entry', kind === 'topics' ? renderTopic(entry as TopicEntry) : entry);
      }
      const kindName = name.slice(KIND_MODULE_PREFIX.length);
      if (kindName === 'follow-ups') return jsonModule('entries', result.bundle.followUps);
      const kind = kindName as keyof ContentBundle;
      if (kind === 'principles') return jsonModule('entries', result.bundle.principles.map(renderPrinciple));
      if (kind === 'guides') return jsonModule('entries', result.bundle.guides.map(renderGuide));
      return jsonModule('entries', result.bundle[kind]);
    },
    configureServer(server) {
      const base = path.resolve(root, dir);
      server.watcher.add(base);
      const onChange = (abs: string, removed: boolean): void => {
        if (!abs.startsWith(base + path.sep) || path.basename(abs).startsWith('.')) return;
        const file = path.relative(root, abs).split(path.sep).join('/');
        if (path.relative(base, abs).split(path.sep).length < 2) return;
        if (removed) files.delete(file);
        else files.set(file, { file, source: readFileSync(abs, 'utf8') });
        rebuild();
        void reloadAll(server);
      };
      server.watcher.on('add', (f) => onChange(f, false));
      server.watcher.on('change', (f) => onChange(f, false));
      server.watcher.on('unlink', (f) => onChange(f, true));
    },
  };
}
