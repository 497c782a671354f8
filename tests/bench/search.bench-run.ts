import path from 'node:path';
import { describe, it } from 'vitest';
import type { CardOverlay } from '../../src/domain/overlays.ts';
import { SearchEngine } from '../../src/features/search/search-index.ts';
import { liveCardModel } from '../../src/lib/live-cards.ts';
import { buildLiveModel, type LiveUserData } from '../../src/lib/live-model.ts';
import { buildContent, topicCardIdsOf } from '../../src/node/build-content.ts';
import { readContentDir } from '../../src/node/content-plugin.ts';
import { searchText } from '../../src/node/search-text.ts';

const root = path.resolve(import.meta.dirname, '../..');
const CARDS = 5000;
/** What a person types, one keystroke at a time (Korean typed syllable by syllable). */
const TYPED = ['kubernetes', 'service account token', 'PKCE', '토큰으로', '서비스 어카운트', 'ㅌㅋ', 'deployment strategy', 'x-ray'];

const ms = (n: number): string => `${n.toFixed(2)} ms`;
function stats(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `median ${ms(at(0.5))}, p95 ${ms(at(0.95))}, max ${ms(sorted.at(-1) ?? 0)} over ${times.length} keystrokes`;
}

describe('search with 5,000 cards', () => {
  it('prints the index build time and the time per keystroke', () => {
    const { bundle, index } = buildContent(readContentDir(root, 'content'));
    const cardIds = topicCardIdsOf(bundle);
    const text = searchText(bundle);
    const none: LiveUserData = { stories: {}, questionDrafts: {}, cards: {}, ownQuestions: {}, principleNotes: {} };
    let started = performance.now();
    const real = new SearchEngine(text, liveCardModel(index, cardIds, none, buildLiveModel(index, none)), none);
    console.log(`[bench] search: index of the real notes (${real.size} entries) built in ${ms(performance.now() - started)}`);

    // The real notes, plus 5,000 cards of the user's own made from the real cards' text (so the
    // words are the ones a real index holds), spread over the topics.
    const cards: Record<string, CardOverlay> = {};
    for (let i = 0; i < CARDS; i += 1) {
      const base = text.cards[i % text.cards.length];
      if (!base) break;
      cards[`own:${i.toString(36)}-bench`] = {
        question: `${base.question} (${i})`,
        answer: base.answer,
        deck: `topic:${base.topic}`,
        updatedAt: i,
        deleted: false,
      };
    }
    const user: LiveUserData = { stories: {}, questionDrafts: {}, cards, ownQuestions: {}, principleNotes: {} };
    const model = liveCardModel(index, cardIds, user, buildLiveModel(index, user));

    started = performance.now();
    const engine = new SearchEngine(text, model, user);
    const buildMs = performance.now() - started;
    console.log(
      `[bench] search: index of ${engine.size} entries (${model.cards.length} cards, ${CARDS} of them the user's) built in ${ms(buildMs)} (in a worker: the page stays responsive)`,
    );

    // Warm up as a person would: the first query compiles the code paths.
    engine.search('warm', 'en');
    const times: number[] = [];
    let results = 0;
    for (const query of TYPED) {
      for (let i = 1; i <= query.length; i += 1) {
        const lang = /[가-힣ㄱ-ㅎ]/.test(query) ? 'ko' : 'en';
        started = performance.now();
        const answer = engine.search(query.slice(0, i), lang);
        times.push(performance.now() - started);
        if (process.env.SEARCH_BENCH_DETAIL) console.log(`  ${query.slice(0, i)}: ${ms(times.at(-1) ?? 0)} (${answer?.total ?? '-'})`);
        results = answer?.total ?? results;
      }
      console.log(`[bench] search: "${query}" -> ${results} results`);
    }
    console.log(`[bench] search: per keystroke (search, rank, group, snippets) ${stats(times)}`);

    // An edit: one card changes; the index updates that entry only.
    const id = Object.keys(cards)[0] ?? '';
    const edited: LiveUserData = { ...user, cards: { ...cards, [id]: { ...(cards[id] as CardOverlay), answer: 'zeppelin' } } };
    const editedModel = liveCardModel(index, cardIds, edited, buildLiveModel(index, edited));
    started = performance.now();
    const changed = engine.sync(editedModel, edited);
    console.log(`[bench] search: an edited card brought into the index in ${ms(performance.now() - started)} (${changed} entry updated)`);
  });
});
