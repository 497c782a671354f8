import type { Catalogue } from './types';

const en = {
  appName: 'Loop Prep',
  skipToContent: 'Skip to content',
  nav: {
    label: 'Main',
    home: 'Home',
    principles: 'Principles',
    questions: 'Questions',
    stories: 'Stories',
    topics: 'Topics',
    review: 'Review',
    guides: 'Guides',
    settings: 'Settings',
  },
  language: {
    label: 'Language',
    switchTo: '한국어로 보기',
    en: 'English',
    ko: '한국어',
  },
  loading: 'Loading…',
  notFound: {
    title: 'Page not found',
    body: 'There is nothing at this address. It may have been renamed or removed.',
    home: 'Go to the dashboard',
  },
  error: {
    title: 'Something went wrong on this page',
    body: 'Your data is safe: it is stored in this browser. Reload the page to try again.',
    reload: 'Reload',
  },
  principle: {
    count_one: '{{count}} principle',
    count_other: '{{count}} principles',
  },
  storyCount_one: '{{count}} story',
  storyCount_other: '{{count}} stories',
  questionCount_one: '{{count}} question',
  questionCount_other: '{{count}} questions',
  cardCount_one: '{{count}} card',
  cardCount_other: '{{count}} cards',
  star: {
    situation: 'Situation',
    task: 'Task',
    action: 'Action',
    result: 'Result',
    learnings: 'Learnings',
    notes: 'Notes',
  },
  empty: {
    section: 'Not written yet: a prompt to write.',
  },
  sources: 'Sources',
} as const;

export const common: Catalogue<typeof en> = {
  en,
  ko: {
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
      guides: '가이드',
      settings: '설정',
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
  },
};
