import type { Catalogue } from '@/i18n/types';

const en = {
  title: 'Story bank',
  lead: 'Your STAR stories: Situation, Task, Action, Result.',
  filled: '{{count}} of 4 STAR sections written',
  principles: 'Principles it shows',
  questions: 'Questions it answers',
  followUps: 'Follow-up questions to expect',
  noFollowUps: 'No follow-up questions noted yet.',
  back: 'All stories',
} as const;

export const storiesText: Catalogue<typeof en> = {
  en,
  ko: {
    title: '스토리 뱅크',
    lead: 'STAR(상황, 과제, 행동, 결과) 스토리 모음입니다.',
    filled: 'STAR 4개 중 {{count}}개 작성',
    principles: '보여 주는 리더십 원칙',
    questions: '답할 수 있는 질문',
    followUps: '예상 꼬리 질문',
    noFollowUps: '아직 적어 둔 꼬리 질문이 없습니다.',
    back: '모든 스토리',
  },
};
