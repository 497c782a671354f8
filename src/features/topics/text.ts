export const en = {
  title: 'First-round topics',
  lead: 'Technical topics for the first round: study notes, then the cards to drill.',
  round: 'Round {{round}}',
  notes: 'Study notes',
  noNotes: 'No study notes for this topic yet.',
  cards: 'Cards',
  drill: 'Drill this topic',
  noCards: 'This topic has no cards yet.',
  showAnswer: 'Answer',
  back: 'All topics',
  tags: 'Tags',
} as const;

declare module '@/i18n/namespaces' {
  interface Namespaces {
    readonly topics: typeof en;
  }
}
