// `npm run demo`'s check when nobody is there to look (stdin not a TTY, e.g. CI, or `--check`): loads the
// served workbench once in headless Chromium with the e2e helpers and waits for what a user would see
// first: the workbench with the folder open, the TF Scopes activity-bar item, and the Variable Scopes tree
// listing programs. scripts/e2e/demo.mjs bundles this file with esbuild (no tsc needed after `npm install`).
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from './codeServer';
import { openScopesView, treeRows, waitForWorkbench } from './workbench';

/** Top-level rows of the Variable Scopes tree (the programs) once the workbench at `url` shows them. */
export async function checkWorkbench(url: string): Promise<string[]> {
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(url);
      await waitForWorkbench(page);
      await openScopesView(page);
      const rows = await treeRows(page, 1);
      return rows.filter((r) => r.level === 1).map((r) => r.label);
    } catch (e) {
      const shot = await screenshot(page, 'demo-check-failed');
      throw new Error(`${e instanceof Error ? e.message : String(e)}\n(screenshot: ${shot})`);
    }
  } finally {
    await browser?.close();
  }
}
