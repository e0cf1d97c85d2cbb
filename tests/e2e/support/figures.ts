import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/** Opens the default view and returns the figure named `name` once its chart has drawn its first image. */
export async function drawnFigure(page: Page, name: string): Promise<Locator> {
  await page.goto('./');
  const frame = page.getByRole('figure', { name });
  await frame.getByRole('img').first().waitFor();
  return frame;
}

/**
 * Downloads the figure as PNG and checks it is the same picture at twice its CSS size,
 * within `tolerance` pixels (the size is read from the PNG's IHDR header).
 */
export async function expectPngAtTwice(page: Page, frame: Locator, fileName: string, tolerance: number): Promise<void> {
  const box = (await frame.boundingBox())!;
  const [png] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /下载 PNG 图片/ }).click()]);
  expect(png.suggestedFilename()).toBe(fileName);
  const bytes = await readFile((await png.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(Math.abs(bytes.readUInt32BE(16) - box.width * 2)).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(bytes.readUInt32BE(20) - box.height * 2)).toBeLessThanOrEqual(tolerance);
}
