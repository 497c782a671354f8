import type { Catalogue } from '@/i18n/types';

const en = {
  title: 'Leadership Principles',
  lead: 'The 16 principles, each with your notes and the stories and questions that go with it.',
  statement: 'Statement',
  statementEn: 'In English',
  statementKo: 'In Korean',
  notes: 'My notes',
  notesHelp: 'Your notes on this principle: what it means to you, which stories show it. Saved as you type; markdown works.',
  noNotes: 'No notes on this principle yet.',
  notesDiffer: 'Your notes differ from the original.',
  restore: 'Restore the original',
  restored: 'The notes read as the original again.',
  undo: 'Undo',
  preview: 'Preview',
  exportNotes: 'Export as markdown',
  write: 'Write a story for this principle',
  drill: 'Drill this principle',
  fewStories_one: 'Only one story shows this principle: two make a safe loop.',
  fewStories_other: 'Two stories per principle make a safe loop.',
  stories: 'Stories for this principle',
  noStories: 'No story shows this principle yet. Two stories per principle make a safe loop.',
  questions: 'Expected questions',
  noQuestions: 'No expected question names this principle.',
  notFound: 'There is no such principle.',
  back: 'All principles',
  coverage: '{{stories}} · {{questions}}',
  untitledStory: 'Untitled story',
} as const;

export const text: Catalogue<typeof en> = {
  en,
  ko: {
    title: '리더십 원칙',
    lead: '16가지 원칙과 각 원칙에 대한 메모, 연결된 스토리와 질문입니다.',
    statement: '원칙 설명',
    statementEn: '영어',
    statementKo: '한국어',
    notes: '내 메모',
    notesHelp: '이 원칙에 대한 내 메모: 나에게 어떤 의미인지, 어떤 스토리가 보여 주는지. 입력하는 대로 저장되며 마크다운을 쓸 수 있습니다.',
    noNotes: '이 원칙에 대한 메모가 아직 없습니다.',
    notesDiffer: '메모가 원본과 다릅니다.',
    restore: '원본으로 되돌리기',
    restored: '메모가 다시 원본과 같습니다.',
    undo: '되돌리기',
    preview: '미리 보기',
    exportNotes: '마크다운으로 내보내기',
    write: '이 원칙의 스토리 쓰기',
    drill: '이 원칙 연습하기',
    fewStories_one: '이 원칙을 보여 주는 스토리가 하나뿐입니다. 두 개면 안심입니다.',
    fewStories_other: '원칙마다 스토리가 두 개 있으면 안심입니다.',
    stories: '이 원칙의 스토리',
    noStories: '이 원칙을 보여 주는 스토리가 아직 없습니다. 원칙마다 스토리 두 개가 있으면 안심입니다.',
    questions: '예상 질문',
    noQuestions: '이 원칙과 연결된 예상 질문이 없습니다.',
    notFound: '그런 원칙은 없습니다.',
    back: '모든 원칙',
    coverage: '{{stories}} · {{questions}}',
    untitledStory: '제목 없는 스토리',
  },
};

declare module '@/i18n/namespaces' {
  interface Namespaces {
    readonly principles: typeof en;
  }
}
