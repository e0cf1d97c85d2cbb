/**
 * SVG text does not truncate itself, and measuring it needs a laid-out page (not the
 * prerender, not jsdom), so a label is cut by the estimate of its width the charts
 * share. The tooltip, the row's spoken list and the table carry every label whole.
 */
import { textWidth } from '../textWidth';

/** The label, or as much of it as fits in maxWidth followed by "…"; empty when not even that fits. */
export function fitLabel(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let shown = '';
  for (const char of text) {
    if (textWidth(`${shown}${char}…`, fontSize) > maxWidth) break;
    shown += char;
  }
  return shown ? `${shown}…` : '';
}
