/**
 * The printed handout's running header and footer as CSS page-margin rules
 * (Chromium draws @page margin boxes): unit, year, source and filter on every
 * page, and "page n of N". Text is quoted for CSS, never interpolated raw.
 */
export interface PrintHeader {
  title: string;
  source: string;
  filter?: string;
  /** e.g. "第 {{page}} 页，共 {{pages}} 页": the placeholders become CSS page counters. */
  pageTemplate: string;
}

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

/** "第 {{page}} 页，共 {{pages}} 页" → "第 " counter(page) " 页，共 " counter(pages) " 页" */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{\{pages?\}\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

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
