import type { Catalogue } from './types';
import type { en } from './common';

/** The shell's words in Korean: exactly the keys of the English ones (./common.ts), checked by the type. */
export const ko: Catalogue<typeof en>['ko'] = {
  appName: 'Loop Prep',
  skipToContent: '본문으로 건너뛰기',
  nav: {
    label: '주 메뉴',
    home: '홈',
    principles: '리더십 원칙',
    questions: '예상 질문',
    stories: '스토리',
    topics: '기술 주제',
    review: '복습',
    coverage: '원칙별 스토리',
    mock: '모의 면접',
    guides: '가이드',
    settings: '설정',
    more: '더보기',
    moreCurrent: '더보기: {{place}}',
  },
  header: {
    tools: '도구',
  },
  search: '검색',
  onThisPage: '이 페이지의 내용',
  backToTop: '맨 위로',
  scroll: {
    table: '표: {{summary}}',
    code: '코드: {{summary}}',
  },
  language: {
    label: '언어',
    switchTo: 'View in English',
    en: 'English',
    ko: '한국어',
  },
  loading: '불러오는 중…',
  notFound: {
    title: '페이지를 찾을 수 없습니다',
    body: '이 주소에는 아무것도 없습니다. 이름이 바뀌었거나 삭제되었을 수 있습니다.',
    home: '대시보드로 가기',
  },
  error: {
    title: '이 페이지에서 문제가 생겼습니다',
    body: '데이터는 이 브라우저에 안전하게 저장되어 있습니다. 페이지를 새로고침해 다시 시도하세요.',
    reload: '새로고침',
  },
  principle: {
    count_one: '원칙 {{count}}개',
    count_other: '원칙 {{count}}개',
  },
  storyCount_one: '스토리 {{count}}개',
  storyCount_other: '스토리 {{count}}개',
  questionCount_one: '질문 {{count}}개',
  questionCount_other: '질문 {{count}}개',
  cardCount_one: '카드 {{count}}장',
  cardCount_other: '카드 {{count}}장',
  star: {
    situation: '상황 (Situation)',
    task: '과제 (Task)',
    action: '행동 (Action)',
    result: '결과 (Result)',
    learnings: '배운 점 (Learnings)',
    notes: '메모',
  },
  empty: {
    section: '아직 쓰지 않았습니다. 채워 넣을 부분입니다.',
  },
  sources: '출처',
  reader: {
    failedTitle: '앱의 일부를 불러오지 못했습니다',
    slowTitle: '앱의 일부를 불러오는 데 시간이 걸리고 있습니다',
    body: '저장한 내용을 읽는 부분입니다. 내용은 이 기기에 그대로 안전하게 남아 있고, 그동안 아무것도 덮어쓰지 않습니다. 자동으로 다시 시도하는 중…',
    reload: '새로고침',
  },
};
