export const en = {
  title: 'Guides',
  lead: 'The interview process and tips for each round.',
  back: 'All guides',
} as const;

declare module '@/i18n/namespaces' {
  interface Namespaces {
    readonly guides: typeof en;
  }
}
