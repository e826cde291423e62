/** English strings of the growth page itself (its charts' strings are in growth-en.ts, shared with the overview). */
export const growthPageEn = {
  title: 'Growth',
  intro:
    'Zhejiang’s culture-services trade, exports and imports, their growth, the export share and the trade balance, drawn from the published figures. Values no source states are derived: computed from the published figures by the formula shown, drawn hollow or hatched, and marked ≈.',
  charts: 'Charts',
  usdNote:
    'US dollar values: a source’s own dollar figure where it gives one; everything else converted from yuan at {{rate}}, the rate the article implies.',
  contextTitle: 'Other published figures — not comparable',
  contextIntro:
    'Figures from other sources about Zhejiang’s culture trade. Each has another scope, unit or period than the series above, so none is drawn on the same axis. Read each with its caveat.',
  contextCaveat: 'Why it is not comparable:',
  contextEmpty: 'No other published figure is in the dataset.',
};
