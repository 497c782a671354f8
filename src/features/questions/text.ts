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
  keyPointsHelp: 'What the answer must mention, as a list. Markdown works.',
  draftHelp: 'Your answer as you would say it: about two minutes spoken. Markdown works.',
  preview: 'Preview',
  differs: 'Your answer differs from the original.',
  revert: 'Restore the original',
  reverted: 'The question reads as the original again.',
  undo: 'Undo',
  attach: 'Attach a story',
  attachButton: 'Attach',
  chooseStory: 'Choose a story…',
  remove: 'Remove',
  removeStory: 'from this question',
  allAttached: 'Every story is attached already.',
} as const;

export const text: Catalogue<typeof en> = {
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
    keyPointsHelp: '답변에 꼭 들어갈 내용을 목록으로 적으세요. 마크다운을 쓸 수 있습니다.',
    draftHelp: '실제로 말하듯이 답변을 쓰세요. 소리 내어 2분 정도가 알맞습니다. 마크다운을 쓸 수 있습니다.',
    preview: '미리 보기',
    differs: '답변이 원본과 다릅니다.',
    revert: '원본으로 되돌리기',
    reverted: '질문이 다시 원본과 같습니다.',
    undo: '되돌리기',
    attach: '스토리 연결',
    attachButton: '연결',
    chooseStory: '스토리를 고르세요…',
    remove: '연결 해제',
    removeStory: '(이 질문에서)',
    allAttached: '모든 스토리가 이미 연결되어 있습니다.',
  },
};

declare module '@/i18n/namespaces' {
  interface Namespaces {
    readonly questions: typeof en;
  }
}
