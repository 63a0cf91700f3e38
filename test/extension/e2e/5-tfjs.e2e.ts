// End-to-end test of a TF.js program in real VS Code (code-server + Chromium, the packaged .vsix): a TypeScript
// example's tree, CodeLens and hover, Initialize Scope from the palette (values made by TF.js itself, the seeded
// kernel exact), a TF.js error in Problems and its quick fix in the TS editor.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { screenshot } from './codeServer';
import { closeWorkspace, hoverWord, openFile, openScopesView, pickQuick, runCommand, summaryFrame, treeRows, openWorkspace, type Session } from './workbench';

declare const document: any;

const PROGRAM = [
  "import * as tf from '@tensorflow/tfjs';",
  '',
  'const model = tf.sequential();',
  'model.add(tf.layers.dense({ units: 8, inputShape: [4], kernelInitializer: tf.initializers.glorotNormal({ seed: 7 }) }));',
  'model.add(tf.layers.dense({ units: 2 }));',
  "const table = tf.variable(tf.randomNormal([3, 3], 0, 1, 'float32', 5), true, 'table');",
  "const again = tf.variable(tf.zeros([2]), true, 'table');",
  '',
].join('\n');

describe('TF.js program in real VS Code (installed .vsix)', function () {
  this.timeout(180_000);
  let session: Session;
  let page: Page;

  before(async function () {
    this.timeout(240_000);
    session = await openWorkspace('tfjs', (dir) => fs.writeFileSync(path.join(dir, 'model.ts'), PROGRAM), { width: 1280, height: 800 });
    ({ page } = session);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await screenshot(page, `failed-tfjs-${this.currentTest.title}`);
  });

  after(() => closeWorkspace(session));

  it('lists the TypeScript program, its model, layers and variables in the tree', async () => {
    await openScopesView(page);
    const rows = await treeRows(page, 4);
    assert.deepStrictEqual(rows.filter((r) => r.level === 1).map((r) => r.label), ['model.ts']);
    const byLabel = (l: string) => rows.find((r) => r.label === l);
    assert.deepStrictEqual(byLabel('dense_Dense1'), { label: 'dense_Dense1', level: 2, description: '2 vars · 40 params · 160 B' });
    assert.deepStrictEqual(byLabel('dense_Dense2'), { label: 'dense_Dense2', level: 2, description: '2 vars · 18 params · 72 B' });
    // the model first, with model.summary()'s count (TF.js 4.22: 40 + 18)
    assert.deepStrictEqual(rows.filter((r) => r.level === 2)[0], { label: 'sequential_1', level: 2, description: 'Sequential · 2 layers · 58 params' });
  });

  it('puts CodeLens over the layers and hovers a variable with its details', async () => {
    const editor = await openFile(page, 'model.ts');
    await editor.locator('.codelens-decoration', { hasText: /dense_Dense1 · 2 variables/ }).first().waitFor({ timeout: 60_000 });
    const text = await hoverWord(page, editor, "const table = tf.variable", 'table');
    assert.match(text, /table/);
    assert.match(text, /shape\s+\[3, 3\]/);
    assert.match(text, /params\s+9/);
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
  });

  it('initializes a layer through TF.js itself from the palette', async () => {
    await openFile(page, 'model.ts');
    await runCommand(page, 'TF Scopes: Initialize Scope');
    await pickQuick(page, 'dense_Dense1');
    const frame = summaryFrame(page);
    const table = frame.locator('#summary-table');
    await table.waitFor({ timeout: 60_000 });
    await frame.locator('#status', { hasText: /Initialized \d+ variables?\./ }).waitFor({ timeout: 90_000 });
    const cells = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    assert.deepStrictEqual(cells.map((c) => c.slice(0, 2)), [['dense_Dense1/kernel', '[4, 8]'], ['dense_Dense1/bias', '[8]']]);
    assert.match(cells[0]!.join(' '), /glorot/i);
  });

  it('shows the TF.js error in Problems and renames the variable by its quick fix', async () => {
    // the summary opened beside the editor: one group again, so model.ts is open once
    await runCommand(page, 'View: Close All Editor Groups');
    const editor = await openFile(page, 'model.ts');
    await runCommand(page, 'View: Focus Problems');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'Variable with name table was already registered' });
    await row.first().waitFor({ timeout: 60_000 });
    assert.match(await row.first().innerText(), /\[Ln 7, Col 18\]/);
    await openFile(page, 'model.ts');
    // the menu waits for every provider (the TypeScript server starts slowly): ask again until ours is in it
    const item = page.locator('.action-widget .monaco-list-row', { hasText: /Rename the variable to 'table_1'/ }).first();
    for (let attempt = 0; ; attempt++) {
      await runCommand(page, 'Go to Line/Column');
      await page.keyboard.type('7:20');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+.');
      try {
        await item.waitFor({ timeout: 20_000 });
        break;
      } catch (e) {
        if (attempt >= 3) throw e;
        await page.keyboard.press('Escape');
      }
    }
    await item.click();
    await editor.locator('.view-line', { hasText: "'table_1'" }).first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => ![...document.querySelectorAll('.markers-panel .monaco-list-row')].some((r: any) => r.textContent?.includes('table was already registered')), undefined, { timeout: 30_000 });
  });
});
