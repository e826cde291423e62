import type { Widen } from './en';
import type { growthPageEn } from './growth-page-en';

/** 增长页本身的中文文案（图表文案见 growth-zh.ts，与概览页共用）。 */
export const growthPageZh: Widen<typeof growthPageEn> = {
  title: '增长',
  intro:
    '浙江文化服务贸易的进出口、出口与进口及其增速、出口占比与贸易差额，均依据已公布数据绘制。来源未直接给出的数值为推算值：按所示公式由已公布数据计算，以空心点或斜线填充表示，并标“约”。',
  charts: '图表',
  usdNote: '美元数值：来源直接给出美元数的，采用该数；其余按原文隐含汇率{{rate}}由人民币换算。',
  contextTitle: '其他已公布数据——不可比',
  contextIntro:
    '其他来源关于浙江文化贸易的数据。它们的口径、单位或时期与上方序列不同，因此不与之同轴绘制。请结合各自的说明阅读。',
  contextCaveat: '不可比的原因：',
  contextEmpty: '数据集中没有其他已公布数据。',
};
