export const en = {
  dialog: 'Search your notes',
  label: 'Search',
  placeholder: 'Principles, stories, topics, cards…',
  close: 'Close',
  results: 'Results',
  preparing: 'Getting search ready…',
  hint: 'Type a word in Korean or English. Korean initial consonants work too, such as ㅋㅂㄴㅌㅅ for 쿠버네티스.',
  count_one: '{{count}} result',
  count_other: '{{count}} results',
  none: 'Nothing found for “{{query}}”. Try a shorter word or the other language.',
  more: '{{shown}} of {{total}}',
  keys: '↑ ↓ to move, Enter to open, Esc to close',
  kind: {
    principle: 'Principles',
    question: 'Questions',
    story: 'Stories',
    topic: 'Topics',
    card: 'Cards',
    guide: 'Guides',
  },
} as const;

declare module '@/i18n/namespaces' {
  interface Namespaces {
    readonly search: typeof en;
  }
}
