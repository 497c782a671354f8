export const en = {
  title: 'Coverage',
  lead: 'Each Leadership Principle against your stories. Two stories per principle make a safe loop; one story cannot carry more than three principles.',
  summary: '{{covered}} of {{total}} principles have a story; {{solid}} have two or more.',
  noneCount_one: '{{count}} principle has no story yet.',
  noneCount_other: '{{count}} principles have no story yet.',
  caption: 'Leadership Principles by story: a mark where the story shows the principle, and how many stories each has.',
  tableLabel: 'Coverage table',
  scrollHelp: 'The table scrolls sideways; the principle stays in view.',
  principle: 'Principle',
  count: 'Stories',
  next: 'Next step',
  noStory: 'No story',
  thin: 'Fewer than two',
  overloaded: 'Over 3 principles',
  shows: 'shows it',
  write: 'Write a story for this principle',
  drill: 'Drill this principle',
  overloadedTitle: 'Stories used for more than three principles',
  overloadedHelp: 'One story cannot carry a loop: give some of these principles a story of their own.',
  overloadedItem_one: '{{count}} principle',
  overloadedItem_other: '{{count}} principles',
  noStories: 'No stories yet. Write your first: every principle below is waiting for one.',
  untitled: 'Untitled story',
} as const;

declare module '@/i18n/namespaces' {
  interface Namespaces {
    readonly coverage: typeof en;
  }
}
