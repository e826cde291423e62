import type { Widen } from './en';
import type { excelEn } from './excel-en';

export const excelZh: Widen<typeof excelEn> = {
  exportShown_one: '下载当前显示的{{count}}行（Excel）',
  exportShown_other: '下载当前显示的{{count}}行（Excel）',
  exportAll_one: '下载全部{{count}}行（Excel）',
  exportAll_other: '下载全部{{count}}行（Excel）',
  preparing: '正在准备Excel文件…',
  failed: 'Excel文件未能生成：{{message}}',
};
