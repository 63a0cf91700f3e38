// End-to-end UI test in real VS Code (installed .vsix): every unknown explains itself (issue 15 item 3) on a
// GPT-style library file of our own with no driver. The tree shows the loop's one symbolic instance `h{layer}`
// and symbolic shapes (issue 11 item 3); the tooltip and the editor hover say what each symbol stands for, why
// it is unknown and where it came from; supplying values (the hover's link, the palette command) re-analyses
// and fills the names and shapes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { screenshot } from './codeServer';
import { closeWorkspace, docShot, hoverWord, openFile, openScopesView, runCommand, treeRows, VIEW_CONTAINER, openWorkspace, type Session } from './workbench';

// Page-side callbacks run in the browser; only their source is used here.
declare const document: any;

const LIB = [
  'import tensorflow.compat.v1 as tf',
  'tf.disable_v2_behavior()',
  '',
  '',
  'def model(hparams, X):',
  "    with tf.variable_scope('model'):",
  "        wte = tf.get_variable('wte', [hparams.n_vocab, hparams.n_embd], initializer=tf.zeros_initializer())",
  '        for layer in range(hparams.n_layer):',
  "            with tf.variable_scope('h%d' % layer):",
  "                w = tf.get_variable('c_attn', [hparams.n_embd, 3 * hparams.n_embd], initializer=tf.zeros_initializer())",
  '    return wte',
  '',
].join('\n');

describe('UI in real VS Code: unknowns explained and supplied', function () {
  this.timeout(180_000);
  let session: Session;
  let page: Page;
  let ws: string;

  before(async function () {
    this.timeout(240_000);
    session = await openWorkspace('gptlike', (dir) => fs.writeFileSync(path.join(dir, 'model.py'), LIB), { width: 1280, height: 1200 });
    ({ page, ws } = session);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await screenshot(page, `failed-unknowns-${this.currentTest.title}`);
  });

  after(() => closeWorkspace(session));

  const row = (label: string, level?: number) => page.locator(`${VIEW_CONTAINER} .monaco-list-row${level ? `[aria-level="${level}"]` : ''}`, { has: page.locator('.label-name', { hasText: new RegExp(`^${label.replace(/[{}]/g, '\\$&')}$`) }) }).first();
  /** Expands the rows on a path (label and tree level), each once it is shown. */
  const expand = async (...path: [string, number][]): Promise<void> => {
    for (const [label, level] of path) {
      const r = row(label, level);
      await r.waitFor({ timeout: 60_000 });
      if ((await r.getAttribute('aria-expanded')) === 'false') await r.locator('.monaco-tl-twistie').click();
    }
  };
  const MODEL: [string, number][] = [['model.py', 1], ['model', 2], ['model', 3]];

  it('shows the loop as one symbolic instance h{layer} with symbolic shapes', async () => {
    await openScopesView(page);
    await expand(...MODEL, ['h{layer}', 4]);
    await row('c_attn', 5).waitFor({ timeout: 60_000 });
    const rows = await treeRows(page, 5);
    assert.ok(rows.some((r) => r.label === 'h{layer}'), JSON.stringify(rows));
    assert.ok(!rows.some((r) => /\?/.test(r.label)), JSON.stringify(rows));
    assert.strictEqual(rows.find((r) => r.label === 'c_attn')!.description, '[n_embd, 3*n_embd] float32 · zeros');
    assert.strictEqual(rows.find((r) => r.label === 'wte')!.description, '[n_vocab, n_embd] float32 · zeros');
  });

  it("explains each unknown in the variable's tooltip: what, why, where, and how to supply it", async () => {
    await row('c_attn').hover();
    const tip = page.locator('.monaco-hover:not(.hidden)');
    await tip.getByText('Unknown values').waitFor({ timeout: 15_000 });
    const text = await tip.innerText();
    assert.match(text, /layer: loop variable over range\(hparams\.n_layer\): its count n_layer is not known statically, so one iteration is shown for all \(model\.py:8\) · Supply value for n_layer…/, text);
    assert.match(text, /n_embd = hparams\.n_embd: hparams\.n_embd is not known statically: hparams is a parameter without default \(line 5\) \(model\.py:7\)/, text);
    assert.match(text, /Supply value for n_embd…/, text);
    assert.match(text, /shape\s+\[n_embd, 3\*n_embd\] \(symbolic\)/, text);
    await docShot(page, 'unknowns-tooltip', tip.first());
    await page.mouse.move(700, 700);
  });

  it('supplies n_layer from the hover link: the loop runs, h0 and h1 appear', async () => {
    const editor = await openFile(page, 'model.py');
    const text = await hoverWord(page, editor, "get_variable('c_attn'", 'get_variable');
    assert.match(text, /Unknown values/, text);
    assert.match(text, /Supply value for n_layer…/, text);
    await page.locator('.monaco-editor .monaco-hover:not(.hidden) a', { hasText: 'Supply value for n_layer…' }).first().click();
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('2');
    await page.keyboard.press('Enter');
    // where to keep it: the workspace setting (the first choice)
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Workspace setting tfScope.values' }).first().waitFor();
    await page.keyboard.press('Enter');
    await expand(...MODEL);
    await row('h1', 4).waitFor({ timeout: 60_000 });
    const rows = await treeRows(page, 6);
    assert.ok(rows.some((r) => r.label === 'h0') && !rows.some((r) => r.label === 'h{layer}'), JSON.stringify(rows));
    const settings = JSON.parse(fs.readFileSync(path.join(ws, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown>;
    assert.deepStrictEqual(settings['tfScope.values'], { n_layer: '2' });
    await page.mouse.move(700, 700);
  });

  it('supplies n_embd from the palette: the shapes fill in', async () => {
    await runCommand(page, 'TF Scopes: Supply Value for an Unknown…');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('n_embd');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'Supply value for n_embd' }).waitFor();
    await input.fill('8');
    await page.keyboard.press('Enter');
    await expand(...MODEL, ['h0', 4], ['h1', 4]);
    await page.waitForFunction((sel: string) => [...document.querySelectorAll(sel)].some((e: any) => /^\[8, 24\]/.test(e.textContent ?? '')), `${VIEW_CONTAINER} .label-description`, { timeout: 60_000 });
    const rows = await treeRows(page, 6);
    assert.deepStrictEqual(rows.filter((r) => r.label === 'c_attn').map((r) => r.description), ['[8, 24] float32 · zeros', '[8, 24] float32 · zeros']);
    assert.strictEqual(rows.find((r) => r.label === 'wte')!.description, '[n_vocab, 8] float32 · zeros');
  });
});
