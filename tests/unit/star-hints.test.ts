import { describe, expect, it } from 'vitest';
import {
  aboutDuration,
  countSpeech,
  EN_WORDS_PER_MINUTE,
  hasNumber,
  KO_SYLLABLES_PER_MINUTE,
  speakingSeconds,
  storyHints,
  answerHints,
  weAndI,
} from '@/domain/star-hints';

// Hand-counted samples. English: I(1) rebuilt(2) the(3) billing(4) service(5) and(6) cut(7) the(8)
// error(9) rate(10): 10 words. Korean: 저는(2) 결제(2) 서비스를(4) 다시(2) 만들었습니다(6): 16 syllables.
const EN_10 = 'I rebuilt the billing service and cut the error rate. ';
const KO_16 = '저는 결제 서비스를 다시 만들었습니다. ';
const repeat = (text: string, n: number): string => Array.from({ length: n }, () => text).join('');

describe('speaking time', () => {
  it('counts English by words and Korean by syllables', () => {
    expect(countSpeech(EN_10)).toEqual({ syllables: 0, words: 10 });
    expect(countSpeech(KO_16)).toEqual({ syllables: 16, words: 0 });
    // Mixed, as the notes are written: 쿠버네티스(5) Pod를(1 word + 1) 3번(1 word + 1) 재시작했습니다(7).
    expect(countSpeech('쿠버네티스 **Pod**를 3번 재시작했습니다')).toEqual({ syllables: 5 + 1 + 1 + 7, words: 2 });
  });

  it('estimates 250 English words at 150 wpm as 1 min 40 s', () => {
    const text = repeat(EN_10, 25);
    expect(EN_WORDS_PER_MINUTE).toBe(150);
    expect(speakingSeconds(text)).toBe(100);
    expect(aboutDuration(speakingSeconds(text))).toEqual({ minutes: 1, seconds: 40 });
  });

  it('estimates 432 Korean syllables at 253 syllables a minute as about 1 min 40 s', () => {
    const text = repeat(KO_16, 27);
    expect(KO_SYLLABLES_PER_MINUTE).toBe(253);
    expect(speakingSeconds(text)).toBeCloseTo((432 / 253) * 60, 6);
    expect(aboutDuration(speakingSeconds(text))).toEqual({ minutes: 1, seconds: 40 });
  });

  it('ignores markdown syntax and link targets', () => {
    expect(countSpeech('- **I** led [the team](https://example.org/a/b/c)')).toEqual({ syllables: 0, words: 4 });
  });

  it('rounds to 10 seconds, at least 10 s for any text', () => {
    expect(aboutDuration(0)).toEqual({ minutes: 0, seconds: 0 });
    expect(aboutDuration(2)).toEqual({ minutes: 0, seconds: 10 });
    expect(aboutDuration(124)).toEqual({ minutes: 2, seconds: 0 });
    expect(aboutDuration(185)).toEqual({ minutes: 3, seconds: 10 });
  });
});

describe('a figure in the result', () => {
  it.each([
    ['Errors fell 30%.', true],
    ['We saved $2,000 a month.', true],
    ['Latency halved; the release went out twice as fast.', true],
    ['Customers were happier.', false],
    ['오류가 30% 줄었습니다.', true],
    ['처리 시간이 두 배 빨라졌습니다.', true],
    ['오류가 절반으로 줄었습니다.', true],
    ['비용을 백만 원 줄였습니다.', true],
    ['고객 만족도가 올랐습니다.', false],
    ['이 일을 천천히 만들었습니다.', false],
  ])('%s: %s', (text, expected) => {
    expect(hasNumber(text)).toBe(expected);
  });
});

describe('"we" against "I"', () => {
  it('counts English we/our/us against I/my/me, leaving "US" the country alone', () => {
    expect(weAndI('We built it and our team shipped it for us in the US region. I wrote the plan.')).toEqual({ we: 3, i: 1 });
  });

  it('counts Korean 우리/저희 against 저는/제가/내가 at the start of words', () => {
    expect(weAndI('우리 팀은 먼저 원인을 찾았고, 저희가 배포했습니다. 제가 계획을 세웠습니다.')).toEqual({ we: 2, i: 1 });
    expect(weAndI('저는 분석했고 제가 직접 고쳤습니다. 내가 맡았습니다.')).toEqual({ we: 0, i: 3 });
  });
});

describe('story hints', () => {
  const star = { situation: 'A new tax law.', task: 'Ship invoices.', action: repeat(EN_10, 3), result: 'Launched on time with 0 incidents.' };

  it('says nothing but the share and the time for a sound story', () => {
    const hints = storyHints(star);
    expect(hints.map((h) => h.kind)).toEqual(['actionShare', 'time']);
    expect(hints[0]).toMatchObject({ kind: 'actionShare', low: false });
    expect(hints[1]).toMatchObject({ kind: 'time', level: 'short' });
  });

  it('names each empty section, a result with no number, "we" over "I", and a short Action', () => {
    const hints = storyHints({
      situation: repeat('우리 팀은 큰 문제를 만났습니다. ', 4),
      task: '',
      action: '저희가 고쳤습니다.',
      result: '고객이 기뻐했습니다.',
    });
    expect(hints).toEqual([
      { kind: 'empty', section: 'task' },
      { kind: 'noNumber', where: 'result' },
      { kind: 'we', we: 5, i: 0 },
      expect.objectContaining({ kind: 'actionShare', low: true }),
      expect.objectContaining({ kind: 'time', level: 'short' }),
    ]);
  });

  it('warns past the 2-minute target and past the 3-minute limit', () => {
    expect(storyHints({ ...star, action: repeat(EN_10, 31) }).at(-1)).toMatchObject({ kind: 'time', level: 'over' });
    expect(storyHints({ ...star, action: repeat(EN_10, 46) }).at(-1)).toMatchObject({ kind: 'time', level: 'limit' });
    expect(storyHints({ ...star, action: repeat(KO_16, 27) }).at(-1)).toMatchObject({ kind: 'time', level: 'target' });
  });

  it('lists every section of an empty story and nothing else', () => {
    expect(storyHints({ situation: '', task: ' ', action: '', result: '' }).map((h) => h.kind)).toEqual(['empty', 'empty', 'empty', 'empty']);
  });
});

describe('draft answer hints', () => {
  it('gives the time, a missing figure and "we" over "I" for a draft', () => {
    expect(answerHints('')).toEqual([]);
    expect(answerHints('We shipped it.')).toEqual([
      { kind: 'noNumber', where: 'answer' },
      { kind: 'we', we: 1, i: 0 },
      expect.objectContaining({ kind: 'time', level: 'short' }),
    ]);
    expect(answerHints('제가 3주 만에 끝냈습니다.').map((h) => h.kind)).toEqual(['time']);
  });
});
