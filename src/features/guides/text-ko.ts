import type { Catalogue } from '@/i18n/types';
import type { en } from './text';

/** The guides feature's words in Korean: exactly the keys of the English ones (./text.ts), checked by the type. */
export const ko: Catalogue<typeof en>['ko'] = {
  title: '가이드',
  lead: '채용 과정과 면접 단계별 팁입니다.',
  back: '모든 가이드',
};
