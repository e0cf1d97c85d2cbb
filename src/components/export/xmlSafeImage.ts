/**
 * html-to-image's toSvg and toPng with one step added between cloning the figure
 * and writing it out: every text and attribute of the clone goes through xmlText
 * (src/domain/text.ts). The library serialises the clone as it finds it, so a
 * vertical tab made the SVG not well-formed and a lone surrogate made the export
 * throw "URI malformed" (issue 14). The steps are the library's own (es/index.js,
 * html-to-image 1.11), minus web fonts: the app uses system fonts only.
 */
import { applyStyle } from 'html-to-image/es/apply-style';
import { cloneNode } from 'html-to-image/es/clone-node';
import { embedImages } from 'html-to-image/es/embed-images';
import type { Options } from 'html-to-image/es/types';
import { checkCanvasDimensions, createImage, getImageSize, nodeToDataURL } from 'html-to-image/es/util';
import { xmlText } from '@/domain/text';

/** Every text, comment and attribute value under root, made fit for XML in place (root is the export's own clone). */
function cleanTree(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node instanceof Element) {
      for (const attribute of node.attributes) if (xmlText(attribute.value) !== attribute.value) attribute.value = xmlText(attribute.value);
    } else if (node.nodeValue !== null && xmlText(node.nodeValue) !== node.nodeValue) {
      node.nodeValue = xmlText(node.nodeValue);
    }
  }
}

export async function toSvg(node: HTMLElement, options: Options): Promise<string> {
  const { width, height } = getImageSize(node, options);
  const clone = await cloneNode(node, options, true);
  if (!clone) throw new Error('nothing to export');
  await embedImages(clone, options);
  applyStyle(clone, options);
  cleanTree(clone);
  return nodeToDataURL(clone, width, height);
}

export async function toPng(node: HTMLElement, options: Options): Promise<string> {
  const { width, height } = getImageSize(node, options);
  const image = await createImage(await toSvg(node, options));
  const ratio = options.pixelRatio ?? 1;
  const canvas = document.createElement('canvas');
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  checkCanvasDimensions(canvas);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  if (options.backgroundColor) {
    context.fillStyle = options.backgroundColor;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL();
}
