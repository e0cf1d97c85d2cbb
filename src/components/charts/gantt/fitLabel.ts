/**
 * SVG text does not truncate itself, and measuring it needs a laid-out page (not
 * the prerender, not jsdom). So a label is cut by an estimate of its width: a
 * CJK character is about one em, Latin about 0.55 em. The tooltip, the row's
 * spoken list and the table carry every label whole.
 */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.55;
  return ems * fontSize;
}

/** The label, or as much of it as fits in maxWidth followed by "…"; empty when not even that fits. */
export function fitLabel(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  let shown = '';
  for (const char of chars) {
    if (textWidth(`${shown}${char}…`, fontSize) > maxWidth) break;
    shown += char;
  }
  return shown ? `${shown}…` : '';
}
