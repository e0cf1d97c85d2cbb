/**
 * A chart frame as a picture: PNG at twice the screen's pixel density, or SVG.
 * The frame itself draws the title, the subtitle with the unit and the source;
 * controls marked data-chrome (tabs, download buttons) are left out. Runs on a
 * local clone of the DOM: nothing is fetched, so it works offline and from file://.
 */
import type { Options } from 'html-to-image/es/types';

export type ImageKind = 'png' | 'svg';

/** A safe file name from a chart title. */
export function imageFileName(title: string, kind: ImageKind): string {
  return `${title.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '') || 'chart'}.${kind}`;
}

function isChrome(node: Node): boolean {
  return node instanceof HTMLElement && node.dataset.chrome !== undefined;
}

export async function figureImageUrl(node: HTMLElement, kind: ImageKind): Promise<string> {
  // Loaded on demand; the wrapper keeps text the file carried from breaking the SVG (./xmlSafeImage).
  const { toPng, toSvg } = await import('./xmlSafeImage');
  // skipFonts: the app uses system fonts only; html-to-image would otherwise try to inline web fonts.
  const options: Options = { pixelRatio: 2, backgroundColor: '#ffffff', filter: (n) => !isChrome(n), skipFonts: true };
  return kind === 'png' ? toPng(node, options) : toSvg(node, options);
}

export async function downloadFigureImage(node: HTMLElement, kind: ImageKind, title: string): Promise<void> {
  const url = await figureImageUrl(node, kind);
  const link = document.createElement('a');
  link.href = url;
  link.download = imageFileName(title, kind);
  document.body.append(link);
  link.click();
  link.remove();
}
