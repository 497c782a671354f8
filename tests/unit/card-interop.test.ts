// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { htmlToText, ownDeckName, parseAnki, parseCardText, parseQuizlet, planCardImport, writeAnki, writeQuizlet } from '@/domain/card-interop';
import { isOwnCardId } from '@/domain/ids';

/** What Anki 2.1.66 writes for "Notes in Plain Text" with HTML, deck and tags included. */
const ANKI_EXPORT = [
  '#separator:tab',
  '#html:true',
  '#deck column:1',
  '#tags column:4',
  'AWS::Auth\tWhat does OAuth 2.0 delegate?\tAuthorization: a client acts for the user<br>without the password.\toauth security',
  'AWS::Auth\t"A ""bearer"" token is…"\t<b>Any</b> holder can use it &amp; so it must stay secret.\ttokens',
  'AWS::Auth\t"Two lines\nin one field"\t<div>first</div><div>second</div>\t',
  '',
].join('\n');

describe('Anki: Notes in Plain Text', () => {
  it('reads the headers, the deck and tags columns, quoted fields and HTML', () => {
    const parsed = parseCardText(ANKI_EXPORT);
    expect(parsed.format).toBe('anki');
    expect(parsed.problems).toEqual([]);
    expect(parsed.deck).toBe('AWS::Auth');
    expect(parsed.cards.map((c) => c.line)).toEqual([5, 6, 7]);
    expect(parsed.cards.map((c) => c.card)).toEqual([
      { question: 'What does OAuth 2.0 delegate?', answer: 'Authorization: a client acts for the user\nwithout the password.', tags: ['oauth', 'security'] },
      { question: 'A "bearer" token is…', answer: '**Any** holder can use it & so it must stay secret.', tags: ['tokens'] },
      { question: 'Two lines\nin one field', answer: 'first\nsecond', tags: [] },
    ]);
  });

  it('takes #deck, #tags and other separators, and skips guid and note type columns', () => {
    const text = [
      '#separator:Semicolon',
      '#html:false',
      '#deck:Kubernetes',
      '#tags:k8s exam',
      '#guid column:1',
      '#notetype column:2',
      'abc;Basic;What is a Pod?;The smallest deployable unit.',
    ].join('\n');
    const parsed = parseAnki(text);
    expect(parsed.deck).toBe('Kubernetes');
    expect(parsed.cards).toEqual([
      { line: 7, deck: 'Kubernetes', card: { question: 'What is a Pod?', answer: 'The smallest deployable unit.', tags: ['k8s', 'exam'] } },
    ]);
  });

  it('never keeps markup: scripts, links and other tags become text', () => {
    expect(htmlToText('<script>alert(1)</script>Hi <a href="javascript:alert(1)">there</a><img src=x onerror=alert(1)>')).toBe('Hi there');
    expect(htmlToText('a &lt;b&gt; &#x41;&#66;&nbsp;c')).toBe('a <b> AB c');
  });

  it('refuses malformed lines one by one, naming the line and the reason, and keeps the good ones', () => {
    const text = [
      '#separator:tab',
      '#html:false',
      '#tags column:3',
      'Q1\tA1\tt',
      'only a question',
      '\tno question\t',
      'no answer\t\t',
      'Q5\tA5\t',
      'Q6\t"never closed',
      'more',
    ].join('\n');
    const parsed = parseAnki(text);
    expect(parsed.cards.map((c) => c.card.question)).toEqual(['Q1', 'Q5']);
    expect(parsed.problems).toEqual([
      { line: 5, problem: { kind: 'no-separator' } },
      { line: 6, problem: { kind: 'empty-question' } },
      { line: 7, problem: { kind: 'empty-answer' } },
      { line: 9, problem: { kind: 'unclosed-quote' } },
    ]);
  });

  it('names a header it cannot read', () => {
    expect(parseAnki('#separator:nonsense\nQ\tA').problems).toEqual([{ line: 1, problem: { kind: 'bad-header', header: '#separator:nonsense' } }]);
    expect(parseAnki('#tags column:zero\nQ\tA').problems[0]?.problem.kind).toBe('bad-header');
  });
});

describe('Quizlet', () => {
  it('reads term and definition separated by a tab, one per line', () => {
    const parsed = parseCardText('JWT\tA signed token: header.payload.signature\nmTLS\tBoth sides present certificates, even with, commas\n');
    expect(parsed.format).toBe('quizlet');
    expect(parsed.problems).toEqual([]);
    expect(parsed.cards.map((c) => [c.card.question, c.card.answer])).toEqual([
      ['JWT', 'A signed token: header.payload.signature'],
      ['mTLS', 'Both sides present certificates, even with, commas'],
    ]);
  });

  it('reads a comma export: the first comma separates term and definition', () => {
    expect(parseQuizlet('Pod,The smallest deployable unit, with one or more containers').cards[0]?.card).toEqual({
      question: 'Pod',
      answer: 'The smallest deployable unit, with one or more containers',
      tags: [],
    });
  });

  it('refuses malformed lines one by one', () => {
    // A line with only a tab is blank, like an empty line.
    const parsed = parseQuizlet('good\tcard\nno separator here\n\t\nterm only\t\n\tdefinition only');
    expect(parsed.cards).toHaveLength(1);
    expect(parsed.problems).toEqual([
      { line: 2, problem: { kind: 'no-separator' } },
      { line: 4, problem: { kind: 'empty-answer' } },
      { line: 5, problem: { kind: 'empty-question' } },
    ]);
  });
});

describe('export', () => {
  const cards = [
    { question: 'What is a "bearer" token?', answer: 'Any holder can use it.\nKeep it <secret> & short-lived.', tags: ['auth', 'web security'] },
    { question: '토큰이란?', answer: '권한을 증명하는 값', tags: [] },
  ];

  it('writes Anki text that Anki (and this app) read back to the same cards', () => {
    const text = writeAnki(cards, 'Loop Prep::Tokens');
    expect(text.split('\n').slice(0, 4)).toEqual(['#separator:tab', '#html:true', '#deck column:1', '#tags column:4']);
    expect(text).toContain('Keep it &lt;secret&gt; &amp; short-lived.');
    const back = parseAnki(text);
    expect(back.problems).toEqual([]);
    expect(back.deck).toBe('Loop Prep::Tokens');
    expect(back.cards.map((c) => c.card)).toEqual([{ ...cards[0], tags: ['auth', 'web_security'] }, cards[1]]);
  });

  it('writes Quizlet text: term, tab, definition, one per line', () => {
    const text = writeQuizlet(cards);
    expect(text).toBe('What is a "bearer" token?\tAny holder can use it. Keep it <secret> & short-lived.\n토큰이란?\t권한을 증명하는 값\n');
    expect(parseQuizlet(text).cards).toHaveLength(2);
  });
});

describe('an import becomes own cards', () => {
  const cards = [
    { question: 'Q1', answer: 'A1', tags: [] },
    { question: 'Q2', answer: 'A2', tags: ['x'] },
    { question: 'Q1', answer: 'A1', tags: [] },
  ];
  const NOW = Date.UTC(2026, 10, 29, 3);

  it('puts each card once in the deck own:<name>, in the file order, as cards of the user’s own', () => {
    const plan = planCardImport({ cards, deckName: '  AWS   Auth ', existing: {}, now: NOW, random: () => 0.5 });
    expect(plan.deck).toBe('own:AWS Auth');
    expect(plan.added).toBe(2);
    expect(plan.skipped).toBe(1);
    const entries = Object.entries(plan.records);
    expect(entries.map(([, c]) => c)).toEqual([
      { question: 'Q1', answer: 'A1', deck: 'own:AWS Auth', updatedAt: NOW, deleted: false },
      { question: 'Q2', answer: 'A2', deck: 'own:AWS Auth', updatedAt: NOW, deleted: false },
    ]);
    // Valid own-card ids whose times keep the file's order.
    for (const [id] of entries) expect(isOwnCardId(id)).toBe(true);
    const times = entries.map(([id]) => parseInt(id.slice(4).split('-')[0] ?? '', 36));
    expect(times).toEqual([NOW, NOW + 1]);
  });

  it('adds nothing the deck already holds: the same file twice adds nothing, another deck is another deck', () => {
    const first = planCardImport({ cards, deckName: 'Auth', existing: {}, now: NOW });
    const again = planCardImport({ cards, deckName: 'Auth', existing: first.records, now: NOW + 1000 });
    expect(again).toMatchObject({ added: 0, skipped: 3, records: {} });
    const elsewhere = planCardImport({ cards, deckName: 'Other', existing: first.records, now: NOW + 1000 });
    expect(elsewhere.added).toBe(2);
  });

  it('never reuses an id already taken', () => {
    const first = planCardImport({ cards: cards.slice(0, 1), deckName: 'A', existing: {}, now: NOW, random: () => 0 });
    const second = planCardImport({ cards: cards.slice(1, 2), deckName: 'B', existing: first.records, now: NOW, random: () => 0 });
    expect(Object.keys(second.records)).toHaveLength(1);
    expect(Object.keys(first.records)).not.toContain(Object.keys(second.records)[0]);
  });

  it('names the deck as an own deck takes it: one line, trimmed, at most 60 characters', () => {
    expect(ownDeckName(' a\n b ')).toBe('a b');
    expect(ownDeckName('x'.repeat(80))).toHaveLength(60);
    expect(ownDeckName('   ')).toBe('');
  });
});
