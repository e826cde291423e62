import type { Widen } from '../../components/strings-bundle';
import type { presenterEn } from './presenter-strings-en';

/** 演讲者视图与备注的中文文字（见 presenter-strings.ts）。 */
export const presenterZh: Widen<typeof presenterEn> = {
  presenterTitle: '演讲者视图',
  presenterCurrent: '观众屏幕上：{{title}}',
  presenterNext: '下一页：{{title}}',
  presenterNextHeading: '下一页',
  presenterEnd: '已是最后一页',
  presenterNotes: '备注',
  presenterBlack: '观众屏幕已黑屏',
  presenterBlackButton: '黑屏',
  elapsed: '已用时间',
  elapsedReset: '重新计时',
  clock: '时间',
  notes: {
    asOf: '截至{{date}}已公布的数据。',
    covers: '{{label}}，{{period}}：{{value}}。',
    change: '变化：{{change}}。',
    note: '口径说明：{{text}}',
    caveat: '注意：{{text}}',
    detail: '{{text}}。',
    formula: '{{what}}，公式：{{formula}}',
    changeWord: '同比变化',
    quote: '来源原文：“{{quote}}”',
    tier: '等级：{{tier}}。',
    source: '来源：{{source}}。',
    chartCovers: '{{title}}。{{unit}}。',
    derivedPoint: '{{what}}：{{value}}，推算：{{formula}}',
    listed_one: '本页列出{{count}}项。',
    listed_other: '本页列出{{count}}项。',
    sourcesCount_one: '数据集共有{{count}}个来源。',
    sourcesCount_other: '数据集共有{{count}}个来源。',
  },
};
