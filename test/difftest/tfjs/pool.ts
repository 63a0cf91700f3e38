// A pool of TF.js worker processes (scripts/difftest/tfjs/worker.mjs) that record programs with the real
// @tensorflow/tfjs in parallel. A program that does not answer within the timeout kills its worker (a new one
// takes its place) and is recorded as a crash; a worker that exits mid-program gets the program again once on a
// fresh worker. Workers are replaced every RECYCLE programs (each reload of TF.js's layers package keeps the old
// one alive in tfjs-core's registries). Contract: run() resolves once per program, in any order.

import { fork, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Expected } from '../../conformance/tfjsCompare';

export const REPO = path.resolve(__dirname, '../../../..');
const WORKER = path.join(REPO, 'scripts/difftest/tfjs/worker.mjs');

/** What a worker answers: TF.js's record, or a crash of the worker. */
export type TfjsRecord = Omit<Expected, 'program'> | { crash: string };

/** The directory whose node_modules holds @tensorflow/tfjs: `dir`, $TFJS_DIR, the repo, or /tmp/tfjs-ref. */
export function findTfjs(dir?: string): string | null {
  for (const d of [dir, process.env['TFJS_DIR'], REPO, '/tmp/tfjs-ref']) {
    if (d && fs.existsSync(path.join(d, 'node_modules/@tensorflow/tfjs/package.json'))) return d;
  }
  return null;
}

/** Programs a worker runs before it is replaced. */
const RECYCLE = 150;

interface Job {
  file: string;
  dir: string;
  retried?: boolean;
  resolve: (r: TfjsRecord) => void;
}

interface Slot {
  child: ChildProcess;
  ready: boolean;
  runs: number;
  job?: Job;
  timer?: NodeJS.Timeout;
}

export class TfjsPool {
  private readonly queue: Job[] = [];
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private shut = false;

  constructor(private readonly tfjsDir: string, size: number, private readonly timeoutMs = 60_000) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run(file: string, dir: string): Promise<TfjsRecord> {
    return new Promise((resolve) => {
      this.queue.push({ file, dir, resolve });
      this.pump();
    });
  }

  close(): void {
    this.shut = true;
    for (const s of this.slots) s.child.kill();
  }

  private spawn(): Slot {
    const child = fork(WORKER, [this.tfjsDir], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    const slot: Slot = { child, ready: false, runs: 0 };
    child.on('message', (m: { ready?: boolean; rec?: TfjsRecord }) => {
      if (m.ready) slot.ready = true;
      if (m.rec && slot.job) this.finish(slot, m.rec);
      this.pump();
    });
    child.on('exit', () => {
      slot.ready = false;
      const job = slot.job;
      if (job && !job.retried) {
        clearTimeout(slot.timer);
        slot.job = undefined;
        job.retried = true;
        this.queue.unshift(job);
      } else if (job) this.finish(slot, { crash: 'the TF.js worker exited' });
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !this.shut) this.slots[i] = this.spawn();
    });
    return slot;
  }

  private finish(slot: Slot, rec: TfjsRecord): void {
    const job = slot.job!;
    clearTimeout(slot.timer);
    slot.job = undefined;
    job.resolve(rec);
    if (++slot.runs >= RECYCLE && slot.ready) {
      slot.ready = false;
      slot.child.kill();
    }
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job || !slot.ready || !slot.child.connected || !this.queue.length) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => {
        slot.ready = false;
        this.finish(slot, { crash: `TF.js did not finish within ${this.timeoutMs} ms` });
        slot.child.kill();
      }, this.timeoutMs);
      slot.child.send({ id: this.nextId++, file: job.file, dir: job.dir });
    }
  }
}
