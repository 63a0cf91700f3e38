// `tfscope scan --python PATH` and a workspace .venv: the environment's site-packages (found from its folders,
// nothing run) followed as source, over the fake environment of test/fixtures/installed (a temporary venv layout
// whose site-packages links to it).

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ScanOutput } from '../../src/core/model';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'tfscope.js');
const SITE = path.join(ROOT, 'test/fixtures/installed/site-packages');
const APP = path.join(ROOT, 'test/fixtures/installed/ws/apps.py');

function scan(args: string[]): { code: number | null; out: ScanOutput | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, 'scan', '--json', '--no-cache', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.status === 0 ? JSON.parse(r.stdout) as ScanOutput : null, stderr: r.stderr };
}

/** A venv layout at `dir` whose site-packages is the fixture's. */
function venv(dir: string): void {
  fs.mkdirSync(path.join(dir, 'lib', 'python3.11'), { recursive: true });
  fs.symlinkSync(SITE, path.join(dir, 'lib', 'python3.11', 'site-packages'), 'dir');
  fs.writeFileSync(path.join(dir, 'pyvenv.cfg'), 'home = /usr/bin\ninclude-system-site-packages = false\n');
}

describe('tfscope scan with a Python environment', function () {
  this.timeout(60000);
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-py-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('--python follows the installed keras.applications-style model and reports its count_params', () => {
    venv(path.join(tmp, 'env'));
    const r = scan([APP, '--python', path.join(tmp, 'env', 'bin', 'python')]);
    assert.strictEqual(r.code, 0, r.stderr);
    const p = r.out!.programs[0]!;
    assert.strictEqual(p.variables.length, 31);
    assert.deepStrictEqual(p.models?.map((m) => [m.name, m.className, m.totalParams]), [['tinynet_stem', 'Sequential', 240], ['tinynet', 'Functional', 2553]]);
  });

  it('finds a .venv above the program by itself; without one nothing is followed', () => {
    const ws = path.join(tmp, 'ws');
    fs.mkdirSync(path.join(ws, 'src'), { recursive: true });
    fs.copyFileSync(APP, path.join(ws, 'src', 'apps.py'));
    assert.deepStrictEqual(scan([path.join(ws, 'src', 'apps.py')]).out!.programs[0]!.variables.length, 0);
    venv(path.join(ws, '.venv'));
    assert.strictEqual(scan([path.join(ws, 'src', 'apps.py')]).out!.programs[0]!.variables.length, 31);
  });

  it('--python without installed packages is a usage error', () => {
    const r = scan([APP, '--python', path.join(tmp, 'nothing-here')]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /no installed packages found for --python/);
  });
});
