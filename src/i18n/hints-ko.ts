import type { Catalogue } from './types';
import type { en } from './hints';

/** The hints in Korean: exactly the keys of the English ones (./hints.ts), checked by the type. */
export const ko: Catalogue<typeof en>['ko'] = {
  title: '힌트',
  lead: '참고용입니다. 쓴 내용은 그대로 저장됩니다.',
  empty: '{{section}} 부분이 비어 있습니다.',
  noNumber: {
    result: '결과에 숫자가 없습니다. 건수, 비율, 줄인 시간이나 비용을 넣으면 구체적입니다.',
    answer: '답변에 아직 숫자가 없습니다. 건수, 비율, 시간이나 비용을 넣으면 구체적입니다.',
  },
  we: '“우리/저희”({{we}}번)가 “저는/제가”({{i}}번)보다 많습니다. 내가 직접 한 일을 말하세요.',
  actionShare: '행동(Action)이 스토리의 {{percent}}%입니다.',
  actionShareLow: '행동(Action)이 스토리의 {{percent}}%뿐입니다. 행동이 스토리의 대부분을 차지해야 합니다.',
  time: '말하면 약 {{time}}',
  level: {
    short: '2분 정도를 목표로 하세요.',
    target: '2분 목표에 맞습니다.',
    over: '2분 목표를 넘었습니다.',
    limit: '3분을 넘었습니다. 줄이세요.',
  },
  duration: {
    minSec: '{{m}}분 {{s}}초',
    min: '{{m}}분',
    sec: '{{s}}초',
  },
};
