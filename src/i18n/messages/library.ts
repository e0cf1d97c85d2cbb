import { defineMessages } from '../defineMessages';
/**
 * Labels of the library feature that the first screen shows (the dataset picker, the
 * file button, the drop zone), in both languages. What a load reports and the library
 * dialog are in libraryReport, loaded when needed.
 */
export const library = defineMessages({
  zh: {
    dataset: '数据集',
    seedOption: '内置示例：{{name}}',
    linkOption: '链接：{{url}}',
    missingOption: '不在本浏览器：{{id}}',
    notSaved: '（未保存）',
    open: '打开文件…',
    openHint: '选择预算 JSON 文件（不超过 {{limit}}），也可以把文件拖到页面任意位置。',
    manage: '管理数据集',
    dropHere: '松开鼠标即可载入预算文件',
    dropHint: 'JSON 格式，不超过 {{limit}}',
  },
  en: {
    dataset: 'Dataset',
    seedOption: 'Bundled example: {{name}}',
    linkOption: 'Link: {{url}}',
    missingOption: 'Not in this browser: {{id}}',
    notSaved: ' (not saved)',
    open: 'Open file…',
    openHint: 'Choose a budget JSON file (up to {{limit}}), or drop a file anywhere on the page.',
    manage: 'Manage datasets',
    dropHere: 'Drop to load the budget file',
    dropHint: 'JSON, up to {{limit}}',
  },
});
