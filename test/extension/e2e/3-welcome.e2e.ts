// End-to-end UI test in real VS Code of a workspace without TensorFlow code: the TF Scopes view shows its
// welcome content (what to do, Refresh), and once a Python file that creates variables appears and the
// user presses Refresh, the tree lists it. Uses the packaged .vsix like 2-ui.e2e.ts.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { CACHE, launchBrowser, screenshot, startCodeServer, workbenchUrl, type Server } from './codeServer';
import { openScopesView, treeRows, VIEW_CONTAINER, waitForWorkbench } from './workbench';

describe('UI in real VS Code: a workspace without TensorFlow code', function () {
  this.timeout(180_000);
  let server: Server;
  let browser: Browser;
  let page: Page;
  let ws: string;

  before(async function () {
    this.timeout(240_000);
    const vsix = process.env.TFSCOPE_VSIX ?? path.join(CACHE, 'tf-scope-explorer.vsix');
    assert.ok(fs.existsSync(vsix), `${vsix} is missing: run node scripts/e2e/package.mjs ${vsix}`);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-welcome-'));
    ws = path.join(tmp, 'plain-project');
    fs.mkdirSync(ws);
    fs.writeFileSync(path.join(ws, 'util.py'), 'def add(a, b):\n    return a + b\n');
    server = await startCodeServer({ workspace: ws, vsix }, tmp);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(workbenchUrl(server, ws));
    await waitForWorkbench(page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await screenshot(page, `failed-welcome-${this.currentTest.title}`);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the welcome content with what to do and a Refresh link', async () => {
    const view = await openScopesView(page);
    const welcome = view.locator('.welcome-view-content');
    // The view shows "Analysing…" while a scan runs (one may start again right after the first): wait for
    // the settled content — its Refresh button — rather than reading the DOM at one instant.
    await welcome.getByRole('button', { name: 'Refresh' }).waitFor({ state: 'visible', timeout: 60_000 });
    await welcome.getByText('No TensorFlow variables were found in this workspace.').waitFor({ state: 'visible', timeout: 10_000 });
    assert.match((await welcome.textContent()) ?? '', /tf\.compat\.v1\.get_variable/);
  });

  it('lists a new TensorFlow program after Refresh', async () => {
    fs.writeFileSync(path.join(ws, 'model.py'), [
      'import tensorflow.compat.v1 as tf',
      'tf.disable_v2_behavior()',
      "with tf.variable_scope('fresh'):",
      "    w = tf.get_variable('w', shape=[4, 2], initializer=tf.zeros_initializer())",
      '',
    ].join('\n'));
    const view = page.locator(VIEW_CONTAINER);
    // A file watcher may already have picked it up; otherwise Refresh does.
    const refresh = view.locator('.welcome-view-content').getByRole('button', { name: 'Refresh' });
    if (await refresh.count()) await refresh.click().catch(() => undefined);
    const rows = await treeRows(page, 1);
    assert.ok(rows.some((r) => r.label === 'model.py'), JSON.stringify(rows));
  });
});
