import type { Page } from '@playwright/test';

/**
 * True when the page's own font stack draws real Chinese glyphs. Without a CJK
 * font Chromium draws every character as the same empty box, and neither axe nor
 * text queries notice; two different characters drawing identical pixels gives it away.
 */
export async function drawsChineseGlyphs(page: Page, selector = 'h1'): Promise<boolean> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) return false;
    const family = getComputedStyle(element).fontFamily;
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    const ctx = canvas.getContext('2d')!;
    const draw = (char: string) => {
      ctx.clearRect(0, 0, 64, 64);
      ctx.font = `48px ${family}`;
      ctx.fillText(char, 4, 52);
      return ctx.getImageData(0, 0, 64, 64).data.join(',');
    };
    const a = draw('芦');
    const b = draw('山');
    const tofu = draw('\uE000');
    return a !== b && a !== tofu && b !== tofu;
  }, selector);
}
