/**
 * The deck as a .pptx: one slide per deck slide, charts as native PowerPoint
 * charts (editable data, not pictures), the speaker notes in the notes pane.
 * Loaded on demand: pptxgenjs is large and only needed when someone downloads.
 */
import PptxGenJS from 'pptxgenjs';
import { downloadBlob, safeFileName } from '@/components/export/files';
import type { RenderedDeck, RenderedSlide } from '../slideModel';
import { ACCENT_STRONG, BOX, FONT, INK, INK_SOFT } from './layout';
import { addVisual } from './visuals';
import { xmlSafeDeck } from './xmlSafeDeck';

type Slide = PptxGenJS.Slide;

function footer(slide: Slide, deck: RenderedDeck, number: number) {
  const small = { fontFace: FONT, fontSize: 10, color: INK_SOFT, lang: deck.language };
  slide.addText(deck.source, { ...BOX.source, ...small });
  if (deck.filter) slide.addText(deck.filter, { ...BOX.filter, ...small, bold: true, color: ACCENT_STRONG });
  slide.addText(`${number} / ${deck.slides.length}`, { ...BOX.number, ...small, align: 'right' });
}

function titleSlide(slide: Slide, s: RenderedSlide, lang: string) {
  const text = { fontFace: FONT, lang, color: INK };
  if (s.kicker) slide.addText(s.kicker, { ...text, x: 0.9, y: 1.3, w: 11.5, h: 0.5, fontSize: 20, color: ACCENT_STRONG, bold: true });
  slide.addText(s.title, { ...text, x: 0.9, y: 1.85, w: 11.5, h: 1.2, fontSize: 40, bold: true });
  slide.addText(s.headline.label, { ...text, x: 0.9, y: 3.4, w: 11.5, h: 0.5, fontSize: 18, color: INK_SOFT });
  slide.addText(s.headline.value, { ...text, x: 0.9, y: 3.9, w: 11.5, h: 1.2, fontSize: 54, bold: true, color: ACCENT_STRONG });
  slide.addText(s.takeaway, { ...text, x: 0.9, y: 5.25, w: 11.5, h: 0.8, fontSize: 20 });
}

function contentSlide(pptx: PptxGenJS, slide: Slide, s: RenderedSlide, lang: string) {
  const text = { fontFace: FONT, lang, color: INK, valign: 'top' as const };
  slide.addText(s.title, { ...text, ...BOX.title, fontSize: 28, bold: true });
  slide.addText(s.takeaway, { ...text, ...BOX.takeaway, fontSize: 18 });
  slide.addText(s.headline.label, { ...text, ...BOX.headlineLabel, fontSize: 14, color: INK_SOFT, align: 'right' });
  slide.addText(s.headline.value, { ...text, ...BOX.headlineValue, fontSize: 30, bold: true, color: ACCENT_STRONG, align: 'right' });
  if (!s.figure) return;
  slide.addText(s.figure.title, { ...text, ...BOX.figureTitle, fontSize: 16, bold: true });
  slide.addText(s.figure.subtitle, { ...text, ...BOX.figureSubtitle, fontSize: 12, color: INK_SOFT });
  addVisual(pptx, slide, s.figure.visual, s.figure.title, lang);
}

export async function buildDeckPptx(given: RenderedDeck): Promise<Uint8Array> {
  const deck = xmlSafeDeck(given);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = deck.source;
  pptx.author = 'Budget Lens';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  deck.slides.forEach((s, i) => {
    const slide = pptx.addSlide();
    if (s.id === 'title') titleSlide(slide, s, deck.language);
    else contentSlide(pptx, slide, s, deck.language);
    footer(slide, deck, i + 1);
    if (s.notes.length > 0) slide.addNotes(s.notes.join('\n'));
  });
  return (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
}

/** A safe file name from the deck's title. */
export function pptxFileName(title: string): string {
  return safeFileName(title, 'pptx', { fallback: 'deck', words: 'dash' });
}

/** Builds the file and hands it to the browser as a download (a local blob: nothing leaves the page). */
export async function downloadDeckPptx(deck: RenderedDeck): Promise<void> {
  const bytes = await buildDeckPptx(deck);
  downloadBlob(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' }), pptxFileName(deck.title));
}
