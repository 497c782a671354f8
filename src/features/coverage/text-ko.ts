import type { Catalogue } from '@/i18n/types';
import type { en } from './text';

/** The coverage feature's words in Korean: exactly the keys of the English ones (./text.ts), checked by the type. */
export const ko: Catalogue<typeof en>['ko'] = {
  title: '원칙별 스토리',
  lead: '리더십 원칙마다 어떤 스토리가 있는지 보여 줍니다. 원칙마다 스토리가 두 개 있으면 안심이고, 스토리 하나가 원칙 셋을 넘게 떠맡을 수는 없습니다.',
  summary: '원칙 {{total}}개 중 {{covered}}개에 스토리가 있고, {{solid}}개는 두 개 이상입니다.',
  noneCount_one: '스토리가 아직 없는 원칙이 {{count}}개 있습니다.',
  noneCount_other: '스토리가 아직 없는 원칙이 {{count}}개 있습니다.',
  caption: '리더십 원칙별 스토리: 스토리가 원칙을 보여 주면 표시가 있고, 원칙마다 스토리 수가 있습니다.',
  tableLabel: '원칙별 스토리 표',
  scrollHelp: '표는 옆으로 스크롤됩니다. 원칙 이름은 계속 보입니다.',
  principle: '원칙',
  count: '스토리',
  next: '다음 할 일',
  noStory: '스토리 없음',
  thin: '두 개 미만',
  overloaded: '원칙 3개 초과',
  shows: '보여 줌',
  write: '이 원칙의 스토리 쓰기',
  drill: '이 원칙 연습하기',
  overloadedTitle: '원칙을 셋보다 많이 떠맡은 스토리',
  overloadedHelp: '스토리 하나로 면접 전체를 버틸 수는 없습니다. 이 원칙들 중 일부에 따로 스토리를 마련하세요.',
  overloadedItem_one: '원칙 {{count}}개',
  overloadedItem_other: '원칙 {{count}}개',
  noStories: '아직 스토리가 없습니다. 첫 스토리를 써 보세요. 아래 모든 원칙이 스토리를 기다립니다.',
  untitled: '제목 없는 스토리',
};
