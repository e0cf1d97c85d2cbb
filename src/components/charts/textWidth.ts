/**
 * Label sizes without a DOM (the build draws charts in jsdom, which cannot measure text):
 * a CJK character is one em wide, Latin letters and digits about half of one.
 */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.58;
  return Math.ceil(em * fontSize);
}

/** Breaks a name into lines no wider than `width`: between words in English, anywhere in Chinese. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && textWidth((line + token).trimEnd(), fontSize) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
