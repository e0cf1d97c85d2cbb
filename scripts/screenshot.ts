/**
 * Takes screenshots of the built dashboard in Debian Chromium, for people to look at.
 * Usage: tsx scripts/screenshot.ts <url> <out.png> [width] [height] [fullPage]
 */
import { chromium } from 'playwright-core';

const [url = 'http://127.0.0.1:4173/', out = 'shot.png', width = '1366', height = '768', full = 'full'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
