// End-to-end UI test in real VS Code (installed .vsix) on a realistic multi-file repository: the BERT-shaped
// fixture (test/fixtures/bertlike: modeling.py + stdlib-importing helpers + a driver) and a Keras CNN. Asserts
// what a new user sees: only the driver and the CNN as programs, no false errors and no analyzer-limit message
// in Problems, the counts, the analyzer's limits explained in a tooltip, hovers on each layer's own line, and
// CodeLens + Initialize over the library file (what its definitions would create when called).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { ROOT, screenshot } from './codeServer';
import { closeWorkspace, docShot, hoverWord, openFile, openScopesView, pickQuick, runCommand, summaryFrame, treeRows, VIEW_CONTAINER, openWorkspace, type Session } from './workbench';

// Page-side callbacks run in the browser; only their source is used here.
declare const document: any;

describe('UI in real VS Code: a BERT-shaped repository', function () {
  this.timeout(180_000);
  let session: Session;
  let page: Page;
  let ws: string;

  before(async function () {
    this.timeout(240_000);
    session = await openWorkspace('repo', (dir) => {
      fs.cpSync(path.join(ROOT, 'test/fixtures/bertlike'), path.join(dir, 'bert'), { recursive: true });
      fs.cpSync(path.join(ROOT, 'test/fixtures/keras_cnn'), path.join(dir, 'keras'), { recursive: true });
      // A second run_classifier.py elsewhere: labels must tell the two apart.
      fs.mkdirSync(path.join(dir, 'albert'));
      fs.writeFileSync(path.join(dir, 'albert', 'run_classifier.py'), "import tensorflow.compat.v1 as tf\nwith tf.variable_scope('albert'):\n    w = tf.get_variable('w', [4, 2], initializer=tf.zeros_initializer())\n");
    }, { width: 1280, height: 1500 });
    ({ page, ws } = session);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await screenshot(page, `failed-repo-${this.currentTest.title}`);
  });

  after(() => closeWorkspace(session));

  it('lists the driver and the CNN as programs, with folder-qualified labels where names repeat, and no problems', async () => {
    await openScopesView(page);
    const rows = await treeRows(page, 40);
    const top = rows.filter((r) => r.level === 1);
    assert.deepStrictEqual(top.map((r) => r.label), ['albert/run_classifier.py', 'modeling.py', 'bert/run_classifier.py', 'cnn.py'], JSON.stringify(rows));
    // modeling.py creates nothing when run: its library view lists what each model function/class would create.
    assert.strictEqual(top.find((r) => r.label === 'modeling.py')!.description, 'library: 5 definitions create variables · v1');
    const lib = rows.slice(rows.findIndex((r) => r.label === 'modeling.py') + 1).filter((r) => r.level === 2).slice(0, 5);
    assert.deepStrictEqual(lib.map((r) => [r.label, r.description]), [
      ['EncoderModel', 'if called with its defaults · 12 vars · 0 params · 0 B'],
      ['embedding_lookup', 'if called with its defaults · 1 var · 0 params · 0 B'],
      ['embedding_postprocessor', 'if called with its defaults · 3 vars · 0 params · 0 B'],
      ['layer_norm', 'if called with its defaults · 2 vars · 0 params · 0 B'],
      ['transformer_model', 'if called with its defaults · 12 vars · 1,536 params · 6.0 KB'],
    ]);
    const driver = top.find((r) => r.label === 'bert/run_classifier.py')!;
    // 14 variables, the known shapes give 2 params (output_bias); no "problems" suffix, no warning.
    assert.strictEqual(driver.description, '14 vars · 2 params · 8 B · v1');
    assert.ok(!rows.some((r) => /problem/.test(r.description)), JSON.stringify(rows));
    assert.ok(!rows.some((r) => /tokenization\.py|encoder\.py/.test(r.label)), JSON.stringify(rows));
    // The CNN counts as model.summary() does: the Dropout's seed-generator state is training state, apart.
    assert.strictEqual(top.find((r) => r.label === 'cnn.py')!.description, '6 vars · 34,826 params · 136 KB · v2');
    // one row for the model: its scope, described with the model's class and layers (no second `sequential` row)
    assert.deepStrictEqual(rows.filter((r) => r.label === 'sequential').map((r) => r.description), ['Sequential · 7 layers · 6 vars · 34,826 params · 136 KB']);
    assert.strictEqual(rows.find((r) => r.label === 'training state')!.description, '5 vars · seed generator, optimizer, metric · not counted in params');
    assert.ok(!rows.some((r) => r.label === 'seed_generator'), 'no seed_generator scope among the layers');
    const cnnRows = rows.slice(rows.findIndex((r) => r.label === 'cnn.py'));
    assert.deepStrictEqual(cnnRows.filter((r) => /^conv2d|^dense/.test(r.label)).map((r) => [r.label, r.description]), [
      ['conv2d', '2 vars · 320 params · 1.3 KB'], ['conv2d_1', '2 vars · 18,496 params · 72.3 KB'], ['dense', '2 vars · 16,010 params · 62.5 KB'],
    ]);
    await page.mouse.move(700, 700);
    await docShot(page, 'repo-tree', page.locator('.part.sidebar'));
  });

  it('shows no error and no analyzer-limit message in Problems, and explains the limit in the tooltip', async () => {
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    const panel = page.locator('.part.panel');
    await panel.getByText('No problems have been detected in the workspace.').waitFor({ timeout: 30_000 });
    // The driver's tooltip explains what the analysis could not follow, naming the file.
    const row = page.locator(`${VIEW_CONTAINER} .monaco-list-row`, { has: page.locator('.label-name', { hasText: /^bert\/run_classifier\.py$/ }) });
    await row.hover();
    const tip = page.locator('.monaco-hover:not(.hidden)');
    await tip.getByText('Not followed by the analysis').waitFor({ timeout: 15_000 });
    const text = await tip.innerText();
    // the config file flag without a default comes first, then the loop over the unreadable config (line 42)
    assert.match(text, /bert\/run_classifier\.py:35/);
    assert.match(text, /FLAGS\.config_file\S* is not known statically/);
    assert.match(text, /bert\/modeling\.py:42/);
    assert.match(text, /The loop's iterable cannot be evaluated statically/);
    await page.mouse.move(700, 700);
  });

  it("hovers each Keras layer on its own line with that layer's weights", async () => {
    const editor = await openFile(page, 'cnn.py');
    const conv = await hoverWord(page, editor, 'layers.Conv2D(32', 'Conv2D');
    assert.match(conv, /sequential\/conv2d \(layer\)/, conv);
    assert.match(conv, /2 variables · 320 params/, conv);
    assert.match(conv, /sequential\/conv2d\/kernel/, conv);
    assert.ok(!/sequential\/dense/.test(conv), conv);
    await page.mouse.move(0, 0);
    const dense = await hoverWord(page, editor, 'layers.Dense(10', 'Dense');
    assert.match(dense, /sequential\/dense \(layer\)/, dense);
    assert.match(dense, /16,010 params/, dense);
    await docShot(page, 'repo-hover-layer', page.locator('.part.editor'));
    await page.mouse.move(0, 0);
    await page.waitForFunction(() => !document.querySelector('.monaco-editor .monaco-hover:not(.hidden)'), undefined, { timeout: 10_000 }).catch(() => undefined);
  });

  it('puts CodeLens over a library file no script calls and initializes a library scope from one', async () => {
    // A helper module nobody calls, added while the workspace is open.
    fs.mkdirSync(path.join(ws, 'lib'));
    fs.writeFileSync(path.join(ws, 'lib', 'blocks.py'), [
      'import tensorflow.compat.v1 as tf', '', '',
      'def mlp(x, width=64):',
      "    with tf.variable_scope('mlp'):",
      "        w = tf.get_variable('w', [32, width])",
      "        b = tf.get_variable('b', [width], initializer=tf.zeros_initializer())",
      '    return tf.matmul(x, w) + b', '',
    ].join('\n'));
    await runCommand(page, 'TF Scopes: Refresh');
    const editor = await openFile(page, 'blocks.py');
    const lens = editor.locator('.codelens-decoration a', { hasText: /^if mlp is called: mlp · 2 variables · 2,112 params/ });
    await lens.first().waitFor({ timeout: 30_000 });
    await lens.first().click();
    const frame = summaryFrame(page);
    await frame.locator('#status', { hasText: 'Initialized 2 variables.' }).waitFor({ timeout: 60_000 });
    const body = await frame.locator('body').innerText();
    assert.match(body, /What mlp would create if called with its defaults/, body);
    assert.match(body, /mlp\/w/, body);
    await runCommand(page, 'View: Close All Editors');
  });

  it('says why a scope with unknown shapes cannot be initialized, with Initialize and Export disabled', async () => {
    await openFile(page, 'run_classifier.py');
    await runCommand(page, 'TF Scopes: Initialize Scope');
    await pickQuick(page, 'encoder');
    const frame = summaryFrame(page);
    const status = frame.locator('#status', { hasText: 'None of the 12 variables has a fully known shape' });
    await status.waitFor({ timeout: 60_000 });
    assert.match(await status.innerText(), /encoder\/embeddings\/word_embeddings \[\?, \?\]/);
    assert.ok(await frame.locator('#reinit').isDisabled(), 'Initialize is disabled');
    assert.match((await frame.locator('#reinit').getAttribute('title')) ?? '', /could not evaluate statically/);
    for (const f of ['npz', 'safetensors']) assert.ok(await frame.locator(`#export-${f}`).isDisabled(), `Export .${f} is disabled`);
    assert.ok(!/Initialized/.test(await frame.locator('body').innerText()), 'never says Initialized');
    await docShot(page, 'repo-not-initializable', page.locator('iframe.webview[src*="extensionId=tfscope.tf-scope-explorer"]').first());
  });
});
