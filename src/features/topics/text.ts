import type { Catalogue } from '@/i18n/types';

const en = {
  title: 'First-round topics',
  lead: 'Technical topics for the first round: study notes, then the cards to drill.',
  round: 'Round {{round}}',
  notes: 'Study notes',
  noNotes: 'No study notes for this topic yet.',
  cards: 'Cards',
  drill: 'Drill this topic',
  noCards: 'This topic has no cards yet.',
  showAnswer: 'Answer',
  back: 'All topics',
  tags: 'Tags',
} as const;

export const text: Catalogue<typeof en> = {
  en,
  ko: {
    title: '1차 면접 기술 주제',
    lead: '1차 면접에서 다루는 기술 주제입니다. 학습 노트를 읽고 카드로 연습하세요.',
    round: '{{round}}차 면접',
    notes: '학습 노트',
    noNotes: '이 주제에 대한 학습 노트가 아직 없습니다.',
    cards: '카드',
    drill: '이 주제 카드 복습하기',
    noCards: '이 주제에는 아직 카드가 없습니다.',
    showAnswer: '답',
    back: '모든 주제',
    tags: '태그',
  },
};

declare module '@/i18n/namespaces' {
  interface Namespaces {
    readonly topics: typeof en;
  }
}
