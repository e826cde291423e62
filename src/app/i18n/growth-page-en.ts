/** English strings of the growth page itself (its charts' strings are in growth-en.ts, shared with the overview). */
export const growthPageEn = {
  title: 'Growth',
  intro:
    'Zhejiang’s culture-services trade, exports and imports, their growth, the export share and the trade balance, drawn from the published figures. Values no source states are derived: computed from the published figures by the formula shown, drawn hollow or hatched, and marked ≈.',
  charts: 'Charts',
  usdNote:
    'US dollar values: a source’s own dollar figure where it gives one; everything else converted from yuan at {{rate}}, the rate the article implies.',
  publishedTitle: 'Published figures over time',
  publishedIntro:
    'Every province-level culture-trade figure from 2011 to 2020, each as its report published it: one row per figure, on an axis of its own unit, named by what it measures and its source. Yuan and US dollars are never on one axis, and no line joins two reports: their scopes differ. The four charts above stay on the announcement’s 2019–2020.',
  breakTitle: 'Why these years are not one series',
  breakIntro:
    'The reports contradict one another, so the statistical scope changed between them. Computed from the published figures:',
  contextTitle: 'Other published figures — not comparable',
  contextIntro:
    'Figures from other sources about Zhejiang’s culture trade, of other scopes, units or periods: none is drawn on an axis. Read each with its caveat.',
  contextCaveat: 'Why it is not comparable:',
  contextEmpty: 'No other published figure is in the dataset.',
};
