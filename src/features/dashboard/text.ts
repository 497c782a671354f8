import type { Catalogue } from '@/i18n/types';

const en = {
  title: 'Your interview loop',
  lead: 'Everything for the loop in one place: principles, stories, questions and the first-round topics.',
  countdown: {
    title: 'Interview day',
    days_one: '{{count}} day to go',
    days_other: '{{count}} days to go',
    today: 'The interview is today. You are ready.',
    past: 'The interview day has passed.',
    none: 'No interview date yet.',
    set: 'Set the date',
  },
  review: {
    title: 'Flashcards',
    loading: 'Counting your cards…',
    due: 'Due today',
    new: 'New cards left today',
    reviewed: 'Reviewed today',
    streak: 'Streak',
    streakDays_one: '{{count}} day',
    streakDays_other: '{{count}} days',
    shared_one: 'The daily limit of new cards is shared by all decks: {{count}} left today.',
    shared_other: 'The daily limit of new cards is shared by all decks: {{count}} left today.',
    pacing_one: 'Interview tomorrow: the {{total}} cards not seen yet all come in today.',
    pacing_other: 'Interview in {{count}} days: seeing the {{total}} cards not seen yet before it takes {{perDay}} new cards a day.',
    readiness: 'Predicted recall on the interview morning, if you reviewed nothing more',
    recallOf: '{{rate}}% (of {{seen}} seen)',
    readyOf: '{{ready}} of {{cards}} cards at your desired retention or more',
    notSeen: 'none seen yet',
    decks: { topics: 'Topic cards', principles: 'Leadership Principle recall', questions: 'Behavioural prompts' },
    start: 'Start review',
    decksLink: 'Choose a deck',
    stats: 'Review statistics',
  },
  coverage: {
    title: 'Leadership Principle coverage',
    summary: '{{covered}} of {{total}} principles have a story; {{solid}} have two or more.',
    thin: 'Principles with fewer than two stories',
    all: 'Every principle has at least two stories.',
  },
  sections: {
    title: 'Continue preparing',
    principles: 'Read the 16 principles and your notes on them',
    questions: '{{answered}} of {{total}} expected questions have an answer',
    stories: '{{count}} STAR stories, {{complete}} with all four sections written',
    topics: '{{count}} first-round topics, {{cards}} cards',
    guides: 'The interview process and the second-round tips',
  },
} as const;

export const text: Catalogue<typeof en> = {
  en,
  ko: {
    title: '나의 면접 준비',
    lead: '면접 준비에 필요한 것을 한곳에 모았습니다. 리더십 원칙, 스토리, 예상 질문, 1차 면접 기술 주제가 있습니다.',
    countdown: {
      title: '면접일',
      days_one: '{{count}}일 남음',
      days_other: '{{count}}일 남음',
      today: '오늘이 면접일입니다. 준비는 끝났습니다.',
      past: '면접일이 지났습니다.',
      none: '아직 면접일을 정하지 않았습니다.',
      set: '날짜 정하기',
    },
    review: {
      title: '플래시카드',
      loading: '카드를 세는 중…',
      due: '오늘 복습',
      new: '오늘 남은 새 카드',
      reviewed: '오늘 평가',
      streak: '연속 학습',
      streakDays_one: '{{count}}일',
      streakDays_other: '{{count}}일',
      shared_one: '하루 새 카드 한도는 모든 덱이 함께 씁니다: 오늘 {{count}}장 남았습니다.',
      shared_other: '하루 새 카드 한도는 모든 덱이 함께 씁니다: 오늘 {{count}}장 남았습니다.',
      pacing_one: '면접이 내일입니다: 아직 안 본 카드 {{total}}장을 오늘 모두 봅니다.',
      pacing_other: '면접까지 {{count}}일: 아직 안 본 카드 {{total}}장을 면접 전에 모두 보려면 하루 새 카드 {{perDay}}장씩 봐야 합니다.',
      readiness: '더 복습하지 않을 때 면접 당일 아침 예상 기억률',
      recallOf: '{{rate}}% (본 카드 {{seen}}장 기준)',
      readyOf: '{{cards}}장 중 {{ready}}장이 목표 기억률 이상',
      notSeen: '아직 본 카드 없음',
      decks: { topics: '기술 주제 카드', principles: '리더십 원칙 암기', questions: '행동 면접 질문' },
      start: '복습 시작',
      decksLink: '덱 고르기',
      stats: '복습 통계',
    },
    coverage: {
      title: '리더십 원칙 커버리지',
      summary: '원칙 {{total}}개 중 {{covered}}개에 스토리가 있고, {{solid}}개는 두 개 이상입니다.',
      thin: '스토리가 두 개 미만인 원칙',
      all: '모든 원칙에 스토리가 두 개 이상 있습니다.',
    },
    sections: {
      title: '이어서 준비하기',
      principles: '16가지 원칙과 내 메모 읽기',
      questions: '예상 질문 {{total}}개 중 {{answered}}개에 답이 있습니다',
      stories: 'STAR 스토리 {{count}}개 중 {{complete}}개는 네 부분을 모두 썼습니다',
      topics: '1차 면접 주제 {{count}}개, 카드 {{cards}}장',
      guides: '채용 과정과 2차 면접 팁',
    },
  },
};

declare module '@/i18n/namespaces' {
  interface Namespaces {
    readonly dashboard: typeof en;
  }
}
