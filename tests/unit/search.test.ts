import { describe, expect, it } from 'vitest';
import { topicCardId } from '@/domain/ids';
import type { StoryOverlay } from '@/domain/overlays';
import { EMPTY_STORY } from '@/domain/story';
import { highlight } from '@/features/search/highlight';
import { plainOfMarkdown } from '@/lib/plain-text';
import { searchHandler } from '@/features/search/search-handler';
import { SearchEngine, type SearchAnswer } from '@/features/search/search-index';
import { choseongTerms, indexTerms, parseQuery } from '@/features/search/tokenize';
import type { LiveUserData } from '@/lib/live-model';
import { buildContent, topicCardIdsOf } from '../../src/node/build-content';
import { buildCardModel } from './live-card-model';
import { searchText } from '../../src/node/search-text';
import { NO_USER_DATA, NOTE_FILES } from './fixtures/notes';

/** The fixture notes plus a Korean topic, run through the real build. */
const built = buildContent([
  ...NOTE_FILES,
  {
    file: 'content/topics/k8s-auth.md',
    source: [
      '---',
      'title:',
      '  ko: 쿠버네티스 인증',
      '  en: Kubernetes authentication',
      '---',
      '쿠버네티스의 API 서버는 요청마다 인증합니다.',
      '',
      '## 서비스 어카운트 토큰',
      '',
      'Pod는 **projected** 토큰으로 API 서버에 요청합니다. Tokens expire; the kubelet rotates them.',
      '',
      '## OIDC',
      '',
      'Deploying an OIDC issuer lets users log in with their company accounts.',
      '',
      '## Cards',
      '',
      '### PKCE는 무엇을 막나요?',
      '',
      'Authorization code 가로채기 공격을 막습니다. X-Ray traces are unrelated.',
      '',
    ].join('\n'),
  },
]);
const text = searchText(built.bundle);
const cardIds = topicCardIdsOf(built.bundle);
const user = (patch: Partial<LiveUserData> = {}): LiveUserData => ({ ...NO_USER_DATA, ...patch });
const engineFor = (data: LiveUserData = user()): SearchEngine => new SearchEngine(text, buildCardModel(built.index, cardIds, data), data);

/** Each result as "kind title", in the order shown. */
const titles = (answer: SearchAnswer | null): string[] =>
  answer?.groups.flatMap((g) => g.hits.map((h) => `${g.kind} ${h.title.map((s) => (typeof s === 'string' ? s : s.mark)).join('')}`)) ?? [];
/** The marked parts of every snippet and title. */
const marks = (answer: SearchAnswer | null): string[] =>
  answer?.groups.flatMap((g) => g.hits.flatMap((h) => [...h.title, ...h.snippet].flatMap((s) => (typeof s === 'string' ? [] : [s.mark])))) ?? [];

describe('the search tokenizer', () => {
  it('indexes Korean words whole and as syllable bigrams, so particles and infixes are found', () => {
    expect(indexTerms('토큰으로 요청')).toEqual(['토큰으로', '토큰', '큰으', '으로', '요청']);
    expect(indexTerms('쿠버네티스')).toContain('네티');
    // A query of three or more syllables asks for all of its bigrams.
    expect(parseQuery('네티스').words).toEqual([{ raw: '네티스', hangul: true, alternatives: [['네티', '티스']] }]);
    expect(parseQuery('토큰').words[0]?.alternatives).toEqual([['토큰']]);
  });

  it('splits mixed scripts and joins hyphenated words', () => {
    expect(indexTerms('GST프로젝트')).toEqual(['gst', '프로젝트', '프로', '로젝', '젝트']);
    expect(indexTerms('X-Ray')).toEqual(['x', 'ray', 'xray']);
  });

  it('indexes English words with their stems, and queries both', () => {
    expect(indexTerms('Tokens expire')).toEqual(['tokens', 'token', 'expire', 'expir']);
    expect(parseQuery('Deployment').words[0]?.alternatives).toEqual([['deployment'], ['deploy']]);
  });

  it('gives Hangul runs their initial consonants, and reads a query of consonants only', () => {
    expect(choseongTerms('쿠버네티스의 API')).toEqual(['ㅋㅂㄴㅌㅅㅇ']);
    expect(parseQuery('ㅋㅂㄴㅌㅅ')).toEqual({ words: [], choseong: ['ㅋㅂㄴㅌㅅ'] });
    expect(parseQuery('ㅋㅂ 토큰').choseong).toBeNull();
  });

  it('reduces what the user wrote to its words', () => {
    expect(plainOfMarkdown('## Result\n\n- **30%** faster with `client_id` [docs](https://example.org)\n> quoted')).toBe(
      'Result\n30% faster with client_id docs\nquoted',
    );
  });

  it('marks a Korean query where it occurs inside a word, and English words by prefix', () => {
    const marked = (t: string, q: string): string[] => highlight(t, parseQuery(q), new Set()).flatMap((s) => (typeof s === 'string' ? [] : [s.mark]));
    expect(marked('Pod는 토큰으로 요청합니다', '토큰')).toEqual(['토큰']);
    expect(marked('쿠버네티스의 API', '네티스')).toEqual(['네티스']);
    expect(marked('Tokens expire', 'token')).toEqual(['Tokens']);
    expect(marked('AS가 PKCE를 지원하면', 'pkce')).toEqual(['PKCE']);
    expect(marked('쿠버네티스의 API', 'ㅋㅂㄴ')).toEqual(['쿠버네티스의']);
  });
});

describe('search over the notes', () => {
  it('finds a Korean word followed by a particle, and a word inside a longer one', () => {
    const engine = engineFor();
    expect(titles(engine.search('토큰', 'ko'))).toEqual(['topic 서비스 어카운트 토큰']);
    expect(marks(engine.search('토큰', 'ko'))).toContain('토큰');
    expect(titles(engine.search('네티스', 'ko'))).toEqual(['topic 쿠버네티스 인증']);
  });

  it('finds Korean by its initial consonants', () => {
    expect(titles(engineFor().search('ㅋㅂㄴㅌㅅ', 'ko'))).toEqual(['topic 쿠버네티스 인증']);
  });

  it('finds English by stem, prefix and a small typo', () => {
    const engine = engineFor();
    expect(titles(engine.search('token', 'en'))).toContain('topic 서비스 어카운트 토큰');
    expect(titles(engine.search('deploy', 'en'))).toEqual(['topic OIDC']);
    expect(titles(engine.search('kubelet', 'en'))).toEqual(titles(engine.search('kublet', 'en')));
    expect(titles(engine.search('xray', 'en'))).toEqual(['card PKCE는 무엇을 막나요?']);
  });

  it('ranks a title match first and groups results by kind', () => {
    const answer = engineFor().search('PKCE', 'en');
    expect(answer?.groups.map((g) => g.kind)).toEqual(['card']);
    const dive = engineFor().search('dive deep', 'en');
    // The principle named Dive Deep outranks entries that merely mention both words.
    expect(dive?.groups[0]?.kind).toBe('principle');
    expect(titles(dive)[0]).toBe('principle Dive Deep');
  });

  it('links a topic section to its heading and a card to its place on the topic page', () => {
    const engine = engineFor();
    expect(engine.search('OIDC', 'en')?.groups[0]?.hits[0]?.doc.href).toBe('/topics/k8s-auth#oidc');
    const card = topicCardId('k8s-auth', 'PKCE는 무엇을 막나요?');
    expect(engine.search('PKCE', 'en')?.groups[0]?.hits[0]?.doc.href).toBe(`/topics/k8s-auth#card-${card.replaceAll(':', '-')}`);
  });

  it('asks for at least one Hangul syllable or two letters', () => {
    expect(engineFor().search('t', 'en')).toBeNull();
    expect(engineFor().search('   ', 'en')).toBeNull();
  });

  it('keeps up with what the user writes: only the changed entries are indexed again', () => {
    const before = user();
    const engine = engineFor(before);
    expect(engine.search('zeppelin', 'en')?.total).toBe(0);

    const story: StoryOverlay = {
      story: { ...EMPTY_STORY, title: 'Zeppelin rollout', principles: ['ownership'], star: { ...EMPTY_STORY.star, result: '배포 시간을 절반으로 줄였습니다' } },
      updatedAt: 2,
      deleted: false,
    };
    const after = user({ stories: { zeppelin: story } });
    expect(engine.sync(buildCardModel(built.index, cardIds, after), after)).toBe(1);
    expect(titles(engine.search('zeppelin', 'en'))).toEqual(['story Zeppelin rollout']);
    expect(titles(engine.search('배포', 'ko'))).toEqual(['story Zeppelin rollout']);
    // Nothing changed: nothing is indexed again.
    expect(engine.sync(buildCardModel(built.index, cardIds, after), after)).toBe(0);

    // An edit of a content story replaces its text; deleting a story removes it.
    const edited = user({ stories: { zeppelin: story, gst: { ...story, story: { ...story.story, title: 'GST, rewritten' } } } });
    engine.sync(buildCardModel(built.index, cardIds, edited), edited);
    expect(titles(engine.search('rewritten', 'en'))).toEqual(['story GST, rewritten']);
    expect(engine.search('invoices', 'en')?.total).toBe(0);
    const deleted = user({ stories: { zeppelin: { ...story, deleted: true } } });
    engine.sync(buildCardModel(built.index, cardIds, deleted), deleted);
    expect(engine.search('zeppelin', 'en')?.total).toBe(0);
    expect(titles(engine.search('invoices', 'en'))).toEqual(['story GST launch']);
  });

  it('finds own cards, own questions, drafts and notes', () => {
    const data = user({
      cards: {
        'own:abc-def': { question: 'What is a sidecar?', answer: 'A helper container in the same Pod.', deck: 'own:Kubernetes', updatedAt: 1, deleted: false },
      },
      ownQuestions: { 'q-1': { prompt: { ko: '실패에서 배운 경험은?' }, principles: ['ownership'], updatedAt: 1, deleted: false } },
      questionDrafts: { 'why-amazon': { keyPoints: '- 고객 중심 문화', draft: '', stories: [], updatedAt: 1 } },
      principleNotes: { 'think-big': { notes: 'Moonshot thinking', updatedAt: 1 } },
    });
    const engine = engineFor(data);
    const sidecar = engine.search('sidecar', 'en');
    expect(titles(sidecar)).toEqual(['card What is a sidecar?']);
    expect(sidecar?.groups[0]?.hits[0]?.doc.href).toBe('/review?deck=own%3AKubernetes');
    expect(titles(engine.search('실패', 'ko'))).toEqual(['question 실패에서 배운 경험은?']);
    expect(titles(engine.search('고객 중심', 'ko'))).toEqual(['question 왜 아마존인가요?']);
    expect(titles(engine.search('moonshot', 'en'))).toEqual(['principle Think Big']);
  });
});

describe('the search protocol (what the worker answers)', () => {
  it('builds the index on the first search and follows the synced data', () => {
    const handle = searchHandler(built.index, text, (index, data) => buildCardModel(index, cardIds, data));
    expect(handle({ type: 'init', index: built.index, cardIds, text })).toBeNull();
    const first = handle({ type: 'search', seq: 1, query: 'zeppelin', lang: 'en' });
    expect(first).toMatchObject({ type: 'answer', seq: 1, answer: { total: 0 } });
    const stories = { zeppelin: { story: { ...EMPTY_STORY, title: 'Zeppelin rollout' }, updatedAt: 1, deleted: false } };
    expect(handle({ type: 'sync', user: { stories } })).toBeNull();
    const second = handle({ type: 'search', seq: 2, query: 'zeppelin', lang: 'en' });
    expect(second?.type === 'answer' && titles(second.answer)).toEqual(['story Zeppelin rollout']);
  });
});
