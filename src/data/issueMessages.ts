/** Validation problems in words, in Chinese and English. */
import type { Language } from '@/i18n/resources';
import type { ValidationIssue, ValidationIssueCode } from './parseBudget';

const TEXT: Record<Language, Record<ValidationIssueCode, (expected: string, detail: string) => string>> = {
  'zh-CN': {
    not_json: () => '不是有效的 JSON',
    too_deep: (e) => `嵌套层级过深（应 ${e} 层）`,
    invalid_type: (e) => `类型错误，应为 ${e}`,
    invalid_value: (e) => `取值无效，应为 ${e}`,
    too_small: (e) => `数值过小，应 ${e}`,
    too_big: (e) => `数值过大，应 ${e}`,
    too_long: (e) => `文本过长，应 ${e} 个字符`,
    invalid_format: (e) => (e ? `格式错误，应为 ${e}` : '格式错误'),
    invalid_day: () => '日期不存在（该月没有这一天），应为真实的日期',
    empty: () => '不能为空',
    too_many_decimals: (e) => `小数位过多（${e}）`,
    too_large: () => '金额过大，无法精确计算',
    forbidden_key: (_e, key) => `不允许的键名“${key}”（可被用来篡改程序对象，请删除或改名）`,
    duplicate_id: (first, id) => `重复的标识“${id}”，与 ${first} 相同；应各不相同`,
    too_many_categories: (limit, count) => `类、款、项过多：共 ${count} 个，上限 ${limit} 个`,
    too_many_tasks: (limit, count) => `重点工作过多：共 ${count} 项，上限 ${limit} 项`,
    too_many_milestones: (limit, count) => `工作步骤过多：共 ${count} 个，上限 ${limit} 个`,
    too_many_entries: (limit, count) => `条目过多：共 ${count} 条，上限 ${limit} 条`,
    other: (e) => `有误${e ? `：${e}` : ''}`,
  },
  en: {
    not_json: () => 'not valid JSON',
    too_deep: (e) => `nested too deeply (expected ${e} levels)`,
    invalid_type: (e) => `expected ${e}`,
    invalid_value: (e) => `invalid value, expected ${e}`,
    too_small: (e) => `too small, expected ${e}`,
    too_big: (e) => `too large, expected ${e}`,
    too_long: (e) => `text too long, expected ${e} characters`,
    invalid_format: (e) => (e ? `wrong format, expected ${e}` : 'wrong format'),
    invalid_day: () => 'not a real calendar day (the month has no such day)',
    empty: () => 'must not be empty',
    too_many_decimals: (e) => `too many decimals (${e})`,
    too_large: () => 'amount too large to compute exactly',
    forbidden_key: (_e, key) => `key "${key}" is not allowed (it can tamper with program objects; remove or rename it)`,
    duplicate_id: (first, id) => `duplicate id "${id}", already used at ${first}; expected each to be unique`,
    too_many_categories: (limit, count) => `too many categories: ${count}, at most ${limit}`,
    too_many_tasks: (limit, count) => `too many key-work items: ${count}, at most ${limit}`,
    too_many_milestones: (limit, count) => `too many steps: ${count}, at most ${limit}`,
    too_many_entries: (limit, count) => `too many entries: ${count}, at most ${limit}`,
    other: (e) => `invalid${e ? `: ${e}` : ''}`,
  },
};

const TYPE_NAMES_ZH: Record<string, string> = {
  number: '数字',
  string: '文本',
  array: '数组',
  object: '对象',
  boolean: '布尔值',
  int: '整数',
  integer: '整数',
};

export function describeIssue(issue: ValidationIssue, language: Language): string {
  let expected = issue.expected ?? (issue.code === 'not_json' || issue.code === 'other' ? issue.detail : '');
  if (language === 'zh-CN') expected = TYPE_NAMES_ZH[expected] ?? expected.replace(' decimals in ', ' 位小数，单位 ');
  return TEXT[language][issue.code](expected, issue.detail);
}
