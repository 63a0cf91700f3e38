// Playwright helpers for driving the real VS Code workbench (code-server) in Chromium: waiting for the
// workbench, the activity-bar item and tree rows, running palette commands, opening files, hovering
// words, reading the summary webview. Every wait is on a DOM condition, never a fixed sleep.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { ARTIFACTS, CACHE, launchBrowser, ROOT, startCodeServer, workbenchUrl, type Server } from './codeServer';

// Page-side callbacks run in the browser; only their source is used here.
declare const document: any;
declare const window: any;

export const CONTAINER_TITLE = 'TF Scopes';
export const VIEW_CONTAINER = '[id="workbench.view.extension.tfScope"]';

/** A code-server session with the packaged .vsix installed, on a workspace of its own. */
export interface Session { server: Server; browser: Browser; page: Page; ws: string }

/**
 * Starts code-server on a new workspace `<tmp>/<folder>` that `fill` writes, opens it in Chromium with the given
 * viewport (tall enough for the rows a test reads: the list renders only the rows in view) and waits for the workbench.
 */
export async function openWorkspace(folder: string, fill: (ws: string) => void, viewport: { width: number; height: number }): Promise<Session> {
  const vsix = process.env.TFSCOPE_VSIX ?? path.join(CACHE, 'tf-scope-explorer.vsix');
  assert.ok(fs.existsSync(vsix), `${vsix} is missing: run node scripts/e2e/package.mjs ${vsix}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `tfscope-${folder}-`));
  const ws = path.join(tmp, folder);
  fs.mkdirSync(ws, { recursive: true });
  fill(ws);
  const server = await startCodeServer({ workspace: ws, vsix }, tmp);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport });
  await page.goto(workbenchUrl(server, ws), { timeout: 180_000 });
  await waitForWorkbench(page);
  return { server, browser, page, ws };
}

export async function closeWorkspace(s: Partial<Session> | undefined): Promise<void> {
  await s?.browser?.close();
  await s?.server?.stop();
}

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
}

export function activityItem(page: Page): Locator {
  return page.locator(`.activitybar a.action-label[aria-label^="${CONTAINER_TITLE}"]`);
}

export async function openScopesView(page: Page): Promise<Locator> {
  const item = activityItem(page);
  await item.waitFor({ timeout: 60_000 });
  const container = page.locator(VIEW_CONTAINER);
  if (!(await container.isVisible())) await item.click();
  await container.waitFor({ state: 'visible' });
  return container;
}

/**
 * Labels of the visible tree rows with their levels, once at least `minRows` are shown and the tree has settled:
 * the first scan shows programs as they come, with the view described as analysing (src/extension/tree.ts's
 * ANALYSING) until it ends; its last rows follow that within VS Code's refresh delay, so the rows must also have
 * stayed the same for 600 ms.
 */
export async function treeRows(page: Page, minRows: number): Promise<{ label: string; level: number; description: string }[]> {
  const rows = page.locator(`${VIEW_CONTAINER} .monaco-list-row`);
  await page.waitForFunction(([sel, n]) => {
    const w = window as any;
    const list = [...document.querySelectorAll(sel as string)];
    const text = list.map((r: any) => r.textContent).join('\n');
    const busy = String(document.querySelector('.part.sidebar')?.textContent ?? '').includes('analysing…');
    if (busy || text !== w.tfScopeRows) {
      w.tfScopeRows = text;
      w.tfScopeSince = Date.now();
      return false;
    }
    return list.length >= (n as number) && Date.now() - w.tfScopeSince >= 600;
  }, [`${VIEW_CONTAINER} .monaco-list-row`, minRows] as const, { timeout: 60_000, polling: 100 });
  const out: { label: string; level: number; description: string }[] = [];
  for (const r of await rows.all()) {
    out.push({
      label: ((await r.locator('.label-name').first().textContent()) ?? '').trim(),
      level: Number(await r.getAttribute('aria-level')),
      description: ((await r.locator('.label-description').first().textContent().catch(() => '')) ?? '').trim(),
    });
  }
  return out;
}

/**
 * Opens the quick input with `key` and types `text`, retrying when focus sat in a webview (the input
 * then opens inert and closes again), then waits for a row matching `rowText` and presses Enter.
 */
async function quickInput(page: Page, key: string, text: string, rowText: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 0; ; attempt++) {
    try {
      await page.keyboard.press(key);
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(text, { timeout: 5000 });
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: rowText }).first().waitFor({ timeout: 10_000 });
      break;
    } catch (e) {
      if (attempt >= 3) throw e;
      await page.keyboard.press('Escape');
      // Give the workbench (not a webview) the keyboard focus before trying again.
      await page.locator('.part.editor .tabs-container .tab').first().click().catch(() => undefined);
    }
  }
  await page.keyboard.press('Enter');
}

export async function runCommand(page: Page, title: string): Promise<void> {
  await quickInput(page, 'F1', `>${title}`, title);
}

/** Picks the quick-pick row whose label is exactly `label`. */
export async function pickQuick(page: Page, label: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(label);
  const row = page.locator('.quick-input-widget .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) }).first();
  await row.waitFor();
  await row.click();
}

export async function openFile(page: Page, name: string): Promise<Locator> {
  await quickInput(page, 'Control+P', name, name);
  const editor = page.locator(`.editor-instance .monaco-editor[data-uri$="${name}"]`);
  await editor.waitFor({ state: 'visible' });
  return editor;
}

/** Moves the real mouse onto the first token `word` on the line containing `lineText`; returns the hover text. */
export async function hoverWord(page: Page, editor: Locator, lineText: string, word: string): Promise<string> {
  // Rendered lines use non-breaking spaces: match the text with \s for every space.
  const re = new RegExp(lineText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+'));
  const line = editor.locator('.view-line', { hasText: re }).first();
  await line.waitFor();
  // The token's span may hold neighbouring punctuation too (`Conv2D(`): match the word as a whole word.
  const token = line.locator('span span', { hasText: new RegExp(`(^|[^A-Za-z0-9_])${word}([^A-Za-z0-9_]|$)`) }).first();
  // CodeLenses render asynchronously and shift the lines: measure after they appear, and on every attempt.
  await editor.locator('.codelens-decoration').first().waitFor({ timeout: 30_000 }).catch(() => undefined);
  // The token span may carry the indentation too: measure the word's own characters with a DOM Range.
  const measure = () => token.evaluate((span: any, w: string) => {
    const text = span.firstChild;
    const i = String(text.textContent).indexOf(w);
    const range = document.createRange();
    range.setStart(text, i);
    range.setEnd(text, i + w.length);
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, word);
  const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)');
  for (let attempt = 0; attempt < 5; attempt++) {
    const box = await measure();
    // Approach from the left in steps: the editor shows hovers on mouse movement, not on a teleport.
    await page.mouse.move(box.x - 20, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + attempt, { steps: 5 });
    try {
      await hover.first().waitFor({ state: 'visible', timeout: 4000 });
      await page.waitForFunction(() => !!document.querySelector('.monaco-editor .monaco-hover:not(.hidden)')?.textContent?.includes('params'), undefined, { timeout: 8000 });
      return (await hover.first().innerText()).trim();
    } catch {
      await page.mouse.move(0, 0);
    }
  }
  throw new Error(`no hover over ${word}`);
}

export function summaryFrame(page: Page): FrameLocator {
  // After a reload two restored panels can be visible side by side: take the first (a test reading either).
  return page.locator('iframe.webview[src*="extensionId=tfscope.tf-scope-explorer"]').first().contentFrame().frameLocator('iframe#active-frame');
}

/** Saves a README screenshot (clipped to `locator`, or the page) and returns its path. */
export async function docShot(page: Page, name: string, locator?: Locator, pad = 0): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `readme-${name}.png`);
  const box = locator ? await locator.boundingBox() : null;
  const vp = page.viewportSize()!;
  const clip = box
    ? { x: Math.max(0, box.x - pad), y: Math.max(0, box.y - pad), width: Math.min(vp.width - Math.max(0, box.x - pad), box.width + 2 * pad), height: Math.min(vp.height - Math.max(0, box.y - pad), box.height + 2 * pad) }
    : undefined;
  await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
  if (process.env.TFSCOPE_UPDATE_DOCS) {
    const dest = path.join(ROOT, 'docs', 'images');
    fs.mkdirSync(dest, { recursive: true });
    fs.copyFileSync(file, path.join(dest, `${name}.png`));
  }
  return file;
}
