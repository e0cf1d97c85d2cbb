/**
 * Labels of the page-wide actions the first screen shows (import, present, copy link,
 * chart image export), in both languages: core labels, shipped with the page so the
 * header and every chart frame read right from the first paint.
 */
export const actions = {
  zh: {
    importExplanation: '导入说明',
    present: '演示',
    presentHint: '以幻灯片演示（可用翻页笔）',
    copyLink: '复制链接',
    copied: '链接已复制',
    copyFailed: '无法自动复制，请复制地址栏中的链接',
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
    export: {
      png: 'PNG',
      svg: 'SVG',
      pngLabel: 'Download a PNG image (2× resolution): {{title}}',
      svgLabel: 'Download an SVG vector image: {{title}}',
      failed: 'Export failed: {{message}}',
    },
  },
} as const;
