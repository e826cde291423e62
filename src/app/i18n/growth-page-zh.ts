import type { Widen } from './en';
import type { growthPageEn } from './growth-page-en';

/** 增长页本身的中文文案（图表文案见 growth-zh.ts，与概览页共用）。 */
export const growthPageZh: Widen<typeof growthPageEn> = {
  title: '增长',
  intro:
    '浙江文化服务贸易的进出口、出口与进口及其增速、出口占比与贸易差额，均依据已公布数据绘制。来源未直接给出的数值为推算值：按所示公式由已公布数据计算，以空心点或斜线填充表示，并标“约”。',
  charts: '图表',
  usdNote: '美元数值：来源直接给出美元数的，采用该数；其余按原文隐含汇率{{rate}}由人民币换算。',
  publishedTitle: '历年公布数据',
  publishedIntro:
    '2011~2020年全省文化贸易的每一个公布值，均按各报道原样列出：每个数据一行，按其自身单位绘于坐标轴上，并注明所计指标与来源。人民币与美元从不同轴，不同报道之间也不连线：其统计口径不同。上方四张图表仍只含2021年发布的2019~2020年数据。',
  breakTitle: '为什么这些年份不能连成一个序列',
  breakIntro: '各报道的数据相互矛盾，可见统计口径在报道之间发生了变化。由已公布数据计算：',
  contextTitle: '其他已公布数据——不可比',
  contextIntro: '其他来源关于浙江文化贸易的数据，口径、单位或时期各不相同，均不绘于坐标轴上。请结合各自的说明阅读。',
  contextCaveat: '不可比的原因：',
  contextEmpty: '数据集中没有其他已公布数据。',
};
