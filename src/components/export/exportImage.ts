/**
 * A chart frame as a picture: SVG as true vector (./svgScene), PNG as that same
 * SVG drawn at twice the figure's size. Everything happens on this page: nothing
 * is fetched, so it works offline and from file://.
 */
import { downloadBlob, safeFileName } from './files';
import { readFigure } from './readFigure';
import { sceneToSvg } from './svgScene';

export type ImageKind = 'png' | 'svg';

/** Pixels per CSS pixel in the PNG: sharp on a projector and in a printed handout. */
export const PNG_SCALE = 2;

export function imageFileName(title: string, kind: ImageKind): string {
  return safeFileName(title, kind, { fallback: 'chart', words: 'dash' });
}

export function figureSvg(figure: HTMLElement, title: string): { svg: string; width: number; height: number } {
  const scene = readFigure(figure, title);
  return { svg: sceneToSvg(scene), width: scene.width, height: scene.height };
}

async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * PNG_SCALE);
  canvas.height = Math.round(height * PNG_SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  // Drawn at the target size, the SVG is rasterised there: text stays sharp at 2×.
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

export async function downloadFigureImage(figure: HTMLElement, kind: ImageKind, title: string): Promise<void> {
  const { svg, width, height } = figureSvg(figure, title);
  const blob = kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, width, height);
  downloadBlob(blob, imageFileName(title, kind));
}
