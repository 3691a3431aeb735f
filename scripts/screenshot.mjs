/**
 * Takes a screenshot of a page in headless Chromium, for looking at what we build.
 * Usage: node scripts/screenshot.mjs URL OUT.png [WIDTH] [HEIGHT] [--full] [--click=SELECTOR]
 *   [--clip=SELECTOR]   (--clip: only that element's box, wherever it is on the page)
 */
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const [url, out, width = '1280', height = '900'] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'));
const flags = process.argv.filter((a) => a.startsWith('--'));
const click = flags.find((f) => f.startsWith('--click='))?.slice('--click='.length);
const clip = flags.find((f) => f.startsWith('--clip='))?.slice('--clip='.length);
const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => console.log(`console.${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
if (click) {
  await page.locator(click).first().click();
  await page.waitForTimeout(1500);
}
if (clip) await page.locator(clip).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: flags.includes('--full') });
await browser.close();
