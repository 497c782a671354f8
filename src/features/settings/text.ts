import type { Catalogue } from '@/i18n/types';

const en = {
  title: 'Settings',
  language: 'Language',
  followBrowser: 'Follow the browser',
  theme: 'Theme',
  themes: { system: 'Follow the system', light: 'Light', dark: 'Dark' },
  interviewDate: 'Interview date',
  interviewDateHelp: 'The dashboard counts down to this day, and reviews bring every card in before it.',
  clearDate: 'Clear date',
  appearance: 'Language and appearance',
  interview: 'Interview',
  flashcards: 'Flashcards',
  desiredRetention: 'Desired retention',
  desiredRetentionHelp: 'The chance of recalling a card when it comes back, from {{min}} to {{max}}. Higher means more reviews. Default 0.9.',
  newCardsPerDay: 'New cards per day',
  newCardsPerDayHelp: 'How many new cards a day reviews bring in. With an interview date, more if needed to see every card before it. Default 20.',
} as const;

export const settingsText: Catalogue<typeof en> = {
  en,
  ko: {
    title: '설정',
    language: '언어',
    followBrowser: '브라우저 설정 따르기',
    theme: '테마',
    themes: { system: '시스템 설정 따르기', light: '밝게', dark: '어둡게' },
    interviewDate: '면접일',
    interviewDateHelp: '대시보드에 면접일까지 남은 날을 보여 주고, 복습이 그전에 모든 카드를 한 번씩 보여 줍니다.',
    clearDate: '날짜 지우기',
    appearance: '언어와 화면',
    interview: '면접',
    flashcards: '플래시카드',
    desiredRetention: '목표 기억 유지율',
    desiredRetentionHelp: '카드가 다시 나올 때 기억하고 있을 확률입니다({{min}}~{{max}}). 높을수록 복습이 많아집니다. 기본값 0.9.',
    newCardsPerDay: '하루 새 카드 수',
    newCardsPerDayHelp: '하루에 새로 보는 카드 수입니다. 면접일이 있으면 그전에 모든 카드를 보도록 필요한 만큼 늘어납니다. 기본값 20.',
  },
};
