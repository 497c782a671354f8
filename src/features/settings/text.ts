import type { Catalogue } from '@/i18n/types';

const en = {
  title: 'Settings',
  language: 'Language',
  followBrowser: 'Follow the browser',
  theme: 'Theme',
  themes: { system: 'Follow the system', light: 'Light', dark: 'Dark' },
  interviewDate: 'Interview date',
  interviewDateHelp: 'The dashboard counts down to this day.',
  clearDate: 'Clear date',
  appearance: 'Language and appearance',
  interview: 'Interview',
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
    interviewDateHelp: '대시보드에 면접일까지 남은 날을 보여 줍니다.',
    clearDate: '날짜 지우기',
    appearance: '언어와 화면',
    interview: '면접',
  },
};
