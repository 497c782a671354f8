import type { Catalogue } from '@/i18n/types';
import type { en } from './text';

/** The search feature's words in Korean: exactly the keys of the English ones (./text.ts), checked by the type. */
export const ko: Catalogue<typeof en>['ko'] = {
  dialog: '노트 검색',
  label: '검색',
  placeholder: '리더십 원칙, 스토리, 기술 주제, 카드…',
  close: '닫기',
  results: '검색 결과',
  preparing: '검색을 준비하고 있습니다…',
  hint: '한국어나 영어 단어를 입력하세요. 쿠버네티스를 ㅋㅂㄴㅌㅅ처럼 초성으로 찾을 수도 있습니다.',
  count_one: '결과 {{count}}개',
  count_other: '결과 {{count}}개',
  none: '“{{query}}”에 맞는 내용이 없습니다. 더 짧은 단어나 다른 언어로 찾아보세요.',
  more: '{{total}}개 중 {{shown}}개',
  keys: '↑ ↓ 이동, Enter 열기, Esc 닫기',
  kind: {
    principle: '리더십 원칙',
    question: '예상 질문',
    story: '스토리',
    topic: '기술 주제',
    card: '카드',
    guide: '가이드',
  },
};
