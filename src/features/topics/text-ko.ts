import type { Catalogue } from '@/i18n/types';
import type { en } from './text';

/** The topics feature's words in Korean: exactly the keys of the English ones (./text.ts), checked by the type. */
export const ko: Catalogue<typeof en>['ko'] = {
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
};
