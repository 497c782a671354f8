import type { Catalogue } from '@/i18n/types';

const en = {
  title: 'Guides',
  lead: 'The interview process and tips for each round.',
  back: 'All guides',
} as const;

export const text: Catalogue<typeof en> = {
  en,
  ko: {
    title: '가이드',
    lead: '채용 과정과 면접 단계별 팁입니다.',
    back: '모든 가이드',
  },
};

declare module '@/i18n/namespaces' {
  interface Namespaces {
    readonly guides: typeof en;
  }
}
