import type { Catalogue } from '@/i18n/types';

const en = {
  title: 'Leadership Principles',
  lead: 'The 16 principles, each with your notes and the stories and questions that go with it.',
  statement: 'Statement',
  statementEn: 'In English',
  statementKo: 'In Korean',
  notes: 'Your notes',
  noNotes: 'No notes on this principle yet.',
  stories: 'Stories for this principle',
  noStories: 'No story shows this principle yet. Two stories per principle make a safe loop.',
  questions: 'Expected questions',
  noQuestions: 'No expected question names this principle.',
  notFound: 'There is no such principle.',
  back: 'All principles',
  coverage: '{{stories}} · {{questions}}',
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
    noNotes: '이 원칙에 대한 메모가 아직 없습니다.',
    stories: '이 원칙의 스토리',
    noStories: '이 원칙을 보여 주는 스토리가 아직 없습니다. 원칙마다 스토리 두 개가 있으면 안심입니다.',
    questions: '예상 질문',
    noQuestions: '이 원칙과 연결된 예상 질문이 없습니다.',
    notFound: '그런 원칙은 없습니다.',
    back: '모든 원칙',
    coverage: '{{stories}} · {{questions}}',
  },
};

declare module '@/i18n/namespaces' {
  interface Namespaces {
    readonly principles: typeof en;
  }
}
