/** Every keyboard shortcut, as the help dialog lists them. Handlers live with their views. */
export const SHORTCUTS: readonly { keys: string[]; action: string }[] = [
  { keys: ['j'], action: 'Next paper' },
  { keys: ['k'], action: 'Previous paper' },
  { keys: ['o', 'Enter'], action: 'Open the selected paper' },
  { keys: ['['], action: 'Previous day, week or month (on a paper page: previous paper)' },
  { keys: [']'], action: 'Next day, week or month (on a paper page: next paper)' },
  { keys: ['d', 'w', 'm'], action: 'Daily, weekly or monthly view (m with a paper selected: see below)' },
  { keys: ['b'], action: 'Bookmark the selected paper (or the open one)' },
  { keys: ['m'], action: 'Mark the selected paper (or the open one) read or unread' },
  { keys: ['+', '-'], action: 'More or less like the selected paper (or the open one): teaches For you' },
  { keys: ['u', 'Esc'], action: 'On a paper page: back to the list it was opened from' },
  { keys: ['c'], action: 'On a paper page: cite it (BibTeX, APA, IEEE, Chicago or RIS; Esc closes)' },
  { keys: ['/'], action: 'Search papers' },
  { keys: ['?'], action: 'Show this list' },
];
