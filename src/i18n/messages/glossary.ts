import { defineMessages } from '../defineMessages';
/** Labels of the glossary feature, in both languages (keys mirror each other). */
export const glossary = defineMessages({
  zh: {
    intro: '文件“名词解释”一节的术语及其定义。',
    empty: '本文件没有名词解释。',
    search: '搜索名词',
    searchPlaceholder: '输入中文或英文，如 三公',
    count: '共 {{total}} 条，显示 {{shown}} 条',
    noMatch: '没有与“{{query}}”匹配的名词。',
    clear: '清除搜索',
    definitionsQuoted: '定义引自原文。',
  },
  en: {
    intro: 'The terms the document explains in its glossary (名词解释), with their definitions.',
    empty: 'This document has no glossary.',
    search: 'Search terms',
    searchPlaceholder: 'Chinese or English, e.g. three public',
    count: 'Showing {{shown}} of {{total}}',
    noMatch: 'No term matches "{{query}}".',
    clear: 'Clear search',
    definitionsQuoted: 'Definitions are quoted from the document, in Chinese.',
  },
});
