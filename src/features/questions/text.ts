import type { Catalogue } from '@/i18n/types';

const en = {
  title: 'Expected questions',
  lead: 'The questions you expect, with your key points and draft answers.',
  keyPoints: 'Key points',
  draft: 'Draft answer',
  noKeyPoints: 'No key points yet: list what the answer must mention.',
  noDraft: 'Not answered yet: draft your answer here.',
  unanswered: 'Not answered yet',
  principles: 'Principles it probes',
  stories: 'Stories that answer it',
  noStories: 'No story is attached to this question yet.',
  back: 'All questions',
} as const;

export const questionsText: Catalogue<typeof en> = {
  en,
  ko: {
    title: '예상 질문',
    lead: '예상 질문과 핵심 포인트, 답변 초안입니다.',
    keyPoints: '핵심 포인트',
    draft: '답변 초안',
    noKeyPoints: '아직 핵심 포인트가 없습니다. 답변에 꼭 들어갈 내용을 적어 보세요.',
    noDraft: '아직 답하지 않았습니다. 여기에 답변 초안을 써 보세요.',
    unanswered: '아직 답하지 않음',
    principles: '관련 리더십 원칙',
    stories: '이 질문에 답하는 스토리',
    noStories: '이 질문에 연결된 스토리가 아직 없습니다.',
    back: '모든 질문',
  },
};
