// A pool of long-lived TensorFlow worker processes (worker.py) for the Python differential tester:
// `run(path)` resolves to the recorder's record of that program ({ result } or { crash }); a worker that
// exceeds the timeout is killed and replaced, and the request resolves { crash: 'timeout' }.

import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const PYTHON = process.env.DIFFTEST_PYTHON ?? '/tmp/tf/bin/python';

function startWorker(dir) {
  const env = { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3', PYTHONHASHSEED: '0', CUDA_VISIBLE_DEVICES: '', PYTHONDONTWRITEBYTECODE: '1' };
  const proc = spawn(PYTHON, [path.join(HERE, 'worker.py'), dir], { env, cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  const w = { proc, buf: '', pending: null, ready: null, stderr: '' };
  w.ready = new Promise((resolve, reject) => {
    w.onReady = resolve;
    proc.on('exit', (code) => {
      if (w.pending) w.pending.resolve({ crash: `worker exited (${code}): ${w.stderr.slice(-500)}` });
      w.pending = null;
      w.dead = true;
      reject(new Error(`worker exited (${code}): ${w.stderr.slice(-2000)}`));
    });
  });
  w.ready.catch(() => {});
  proc.stderr.on('data', (d) => { w.stderr = (w.stderr + d).slice(-4000); });
  proc.stdout.on('data', (d) => {
    w.buf += d;
    let nl;
    while ((nl = w.buf.indexOf('\n')) >= 0) {
      const line = w.buf.slice(0, nl);
      w.buf = w.buf.slice(nl + 1);
      if (line === 'ready') { w.onReady(); continue; }
      const p = w.pending;
      w.pending = null;
      if (!p) continue;
      clearTimeout(p.timer);
      try {
        p.resolve(JSON.parse(line.replace(/\bNaN\b|-?Infinity\b/g, 'null')));
      } catch (e) {
        p.resolve({ crash: `bad worker output: ${e.message}` });
      }
    }
  });
  return w;
}

export class Pool {
  constructor(dir, size = 2, timeoutMs = 60_000) {
    this.dir = dir;
    this.timeoutMs = timeoutMs;
    this.workers = Array.from({ length: size }, () => startWorker(dir));
    this.queue = [];
    this.nextId = 0;
  }

  async ready() {
    await Promise.all(this.workers.map((w) => w.ready));
  }

  /** The record of the program file at `file` (in this pool's folder). */
  run(file) {
    return new Promise((resolve) => {
      this.queue.push({ file, resolve });
      this.pump();
    });
  }

  pump() {
    for (let k = 0; k < this.workers.length; k++) {
      let w = this.workers[k];
      if (w.dead) w = this.workers[k] = startWorker(this.dir);
      if (w.pending || !this.queue.length) continue;
      const job = this.queue.shift();
      const id = this.nextId++;
      const done = (res) => { job.resolve(res); setImmediate(() => this.pump()); };
      w.pending = { resolve: done };
      w.ready.then(() => {
        w.pending.timer = setTimeout(() => {
          if (!w.pending) return;
          const p = w.pending;
          w.pending = null;
          w.dead = true;
          w.proc.kill('SIGKILL');
          p.resolve({ crash: 'timeout' });
        }, this.timeoutMs);
        w.proc.stdin.write(JSON.stringify({ id, path: job.file }) + '\n');
      }, () => {});
    }
  }

  /** CPU seconds (user + system) the live workers have used, from /proc (Linux); null elsewhere. */
  cpuSeconds() {
    try {
      return this.workers.reduce((a, w) => {
        const f = fs.readFileSync(`/proc/${w.proc.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return a + (Number(f[11]) + Number(f[12])) / 100;
      }, 0);
    } catch {
      return null;
    }
  }

  close() {
    for (const w of this.workers) if (!w.dead) w.proc.stdin.end();
  }
}
