import { defineMessages } from '../defineMessages';
/**
 * Labels of the page-wide actions the first screen shows (import, present, copy link,
 * chart image export), in both languages: core labels, shipped with the page so the
 * header and every chart frame read right from the first paint.
 */
export const actions = defineMessages({
  zh: {
    importExplanation: '导入说明',
    present: '演示',
    presentHint: '以幻灯片演示（可用翻页笔）',
    copyLink: '复制链接',
    copied: '链接已复制',
    copyFailed: '无法自动复制，请复制地址栏中的链接',
    share: '分享文件',
    shareHint: '把本数据集、进度填报和当前视图保存为一个 HTML 文件，可通过邮件或 U 盘发给同事，离线打开',
    shareStatus: {
      saved: '已保存分享文件',
      unavailable: '只有部署好的网站版本能生成分享文件',
      failed: '未能生成分享文件',
    },
    export: {
      png: 'PNG',
      svg: 'SVG',
      pngLabel: '下载 PNG 图片（2 倍分辨率）：{{title}}',
      svgLabel: '下载 SVG 矢量图：{{title}}',
      failed: '导出失败：{{message}}',
    },
  },
  en: {
    importExplanation: 'Import explanation',
    present: 'Present',
    presentHint: 'Present as slides (clicker ready)',
    copyLink: 'Copy link',
    copied: 'Link copied',
    copyFailed: 'Could not copy: copy the address bar instead',
    share: 'Share as file',
    shareHint: 'Save this dataset, its progress reports and this view as one HTML file to send by e-mail or on a USB stick; it opens offline',
    shareStatus: {
      saved: 'Shared file saved',
      unavailable: 'Only the deployed site can make a shared file',
      failed: 'Could not make the shared file',
    },
    export: {
      png: 'PNG',
      svg: 'SVG',
      pngLabel: 'Download a PNG image (2× resolution): {{title}}',
      svgLabel: 'Download an SVG vector image: {{title}}',
      failed: 'Export failed: {{message}}',
    },
  },
});
