import type { Widen } from '../../components/strings-bundle';
import type { helpEn } from './help-strings-en';

/** 演示模式按键帮助的中文文字，随帮助对话框加载。 */
export const helpZh: Widen<typeof helpEn> = {
  helpTitle: '演示按键',
  helpClose: '关闭',
  keyNext: '下一页',
  keyPrev: '上一页',
  keyFirstLast: '第一页 / 最后一页',
  keyJump: '跳到指定页码',
  keyFull: '进入或退出全屏',
  keyBlack: '黑屏或恢复',
  keyEscape: '退出全屏、黑屏或本帮助',
  keyHelp: '本帮助',
  keyDownload: '下载为 PowerPoint 演示文稿',
  keyPresenter: '演讲者视图：在第二个窗口显示备注、下一页和计时',
  keyShare: '分享：本页地址的二维码',
  keyProjector: '投影仪主题开或关',
  keyTouch: '触摸屏上左右滑动',
};
