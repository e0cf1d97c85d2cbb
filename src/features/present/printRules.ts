/**
 * The printed handout's running header and footer as CSS page-margin rules
 * (Chromium draws @page margin boxes): unit, year, source and filter on every
 * page, and "page n of N". Text from a file is quoted by cssString, never
 * interpolated raw: a name must not add rules of its own (issue 14: a form feed
 * ended the string and the rest of the name restyled the page).
 */
export interface PrintHeader {
  title: string;
  source: string;
  filter?: string;
  /** e.g. "第 {{page}} 页，共 {{pages}} 页": the placeholders become CSS page counters. */
  pageTemplate: string;
}

/** Line breaks of any kind: a running header is one line, so each run becomes one space. */
const LINE_BREAKS = /[\r\n\f\v\u0085\u2028\u2029]+/g;

/**
 * Characters written as a hex escape (`\1f `) rather than as they are: controls (a
 * form feed ends a CSS string, NUL and others are rewritten by the parser), lone
 * surrogates, the quotes and backslash, and `<` `>` `&` so the text means nothing to
 * an HTML parser either. Whatever a file's name holds, the literal stays one string.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ESCAPED = /[\u0000-\u001f\u007f-\u009f"'\\<>&\ud800-\udfff]/gu;

/** A CSS string literal of any text: nothing in it can end the string or the rule around it. */
export function cssString(text: string): string {
  const escaped = text.replace(LINE_BREAKS, ' ').replace(ESCAPED, (char) => `\\${char.charCodeAt(0).toString(16)} `);
  return `"${escaped}"`;
}

/** "第 {{page}} 页，共 {{pages}} 页" → "第 " counter(page) " 页，共 " counter(pages) " 页" */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{\{pages?\}\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/** One rule, `@media print { @page { … } }`, so it can be installed with insertRule. */
export function printPageRules(header: PrintHeader): string {
  const box = 'font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 9pt; color: #4a5260;';
  return [
    '@media print {',
    '  @page {',
    `    @top-left { content: ${cssString(header.title)}; ${box} font-weight: 600; color: #1b1f24; }`,
    `    @top-right { content: ${cssString(header.source)}; ${box} }`,
    header.filter ? `    @bottom-left { content: ${cssString(header.filter)}; ${box} }` : '',
    `    @bottom-right { content: ${pageCounterContent(header.pageTemplate)}; ${box} }`,
    '  }',
    '}',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
