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
    due: 'Due today',
    new: 'New today',
    reviewed: 'Reviewed today',
    streak: 'Streak',
    streakDays_one: '{{count}} day',
    streakDays_other: '{{count}} days',
    pacing: 'Seeing all {{total}} unseen cards before the interview takes {{perDay}} new cards a day.',
    start: 'Start review',
    stats: 'Review statistics',
  },
  coverage: {
    title: 'Leadership Principle coverage',
    summary: '{{covered}} of {{total}} principles have a story; {{solid}} have two or more.',
    all: 'Every principle has at least two stories.',
    noStory_one: '{{count}} principle has no story yet',
    noStory_other: '{{count}} principles have no story yet',
    oneStory_one: '{{count}} principle has one story only',
    oneStory_other: '{{count}} principles have one story only',
    noStoryList: 'No story yet',
    oneStoryList: 'One story only',
    open: 'Open the coverage table',
  },
  backup: {
    title: 'Backup',
    never: 'No backup yet: your notes live only in this browser.',
    last: 'Last backup: {{since}}.',
    justNow: 'just now',
    reasons: {
      never: 'A backup file keeps them safe anywhere else, and another device can merge it.',
      week: 'It has been more than a week.',
      reviews_one: '{{count}} review since then.',
      reviews_other: '{{count}} reviews since then.',
      story: 'You wrote a new story since then.',
    },
    export: 'Export backup',
    more: 'Backup and restore',
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
      due: '오늘 복습',
      new: '오늘 새 카드',
      reviewed: '오늘 평가',
      streak: '연속 학습',
      streakDays_one: '{{count}}일',
      streakDays_other: '{{count}}일',
      pacing: '아직 안 본 카드 {{total}}장을 면접 전에 모두 보려면 하루 {{perDay}}장씩 봐야 합니다.',
      start: '복습 시작',
      stats: '복습 통계',
    },
    coverage: {
      title: '원칙별 스토리',
      summary: '원칙 {{total}}개 중 {{covered}}개에 스토리가 있고, {{solid}}개는 두 개 이상입니다.',
      all: '모든 원칙에 스토리가 두 개 이상 있습니다.',
      noStory_one: '스토리가 아직 없는 원칙 {{count}}개',
      noStory_other: '스토리가 아직 없는 원칙 {{count}}개',
      oneStory_one: '스토리가 하나뿐인 원칙 {{count}}개',
      oneStory_other: '스토리가 하나뿐인 원칙 {{count}}개',
      noStoryList: '스토리 없음',
      oneStoryList: '스토리 하나뿐',
      open: '원칙별 스토리 표 보기',
    },
    backup: {
      title: '백업',
      never: '아직 백업하지 않았습니다. 노트가 이 브라우저에만 있습니다.',
      last: '마지막 백업: {{since}}.',
      justNow: '방금',
      reasons: {
        never: '백업 파일이 있으면 다른 곳에도 안전하게 보관되고, 다른 기기에서 합칠 수도 있습니다.',
        week: '일주일이 넘었습니다.',
        reviews_one: '그 뒤로 {{count}}번 복습했습니다.',
        reviews_other: '그 뒤로 {{count}}번 복습했습니다.',
        story: '그 뒤로 새 스토리를 썼습니다.',
      },
      export: '백업 내보내기',
      more: '백업과 복원',
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
