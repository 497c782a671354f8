/** Words for the hints shown while writing a story or a draft answer. */
export const en = {
  title: 'Hints',
  lead: 'Suggestions only: everything is saved as it is.',
  empty: 'The {{section}} section is empty.',
  noNumber: {
    result: 'The Result has no number: a count, a percentage, time or money saved makes it concrete.',
    answer: 'The answer has no number yet: a count, a percentage, time or money makes it concrete.',
  },
  we: '“We” ({{we}}) outweighs “I” ({{i}}): say what you did yourself.',
  actionShare: 'The Action is {{percent}}% of the story.',
  actionShareLow: 'The Action is only {{percent}}% of the story: it should carry most of it.',
  time: 'About {{time}} spoken',
  level: {
    short: 'Aim for about 2 minutes.',
    target: 'About the 2-minute target.',
    over: 'Over the 2-minute target.',
    limit: 'Past 3 minutes: cut it down.',
  },
  duration: {
    minSec: '{{m}} min {{s}} s',
    min: '{{m}} min',
    sec: '{{s}} s',
  },
} as const;
