// The one message protocol between EngineClient (host thread) and the engine worker: discriminated
// unions on `type`, every request and its replies tied by `id`. Structured-clone-safe data only.
// A `debug` request exists so tests can prove a crashing worker is reported and replaced.

import type { VariableInfo } from '../core/model';
import type { EngineErrorCode, Estimate } from './engine';
import type { ExportFormat } from './export';
import type { EngineOptions, InitResult } from './types';

export type HostToWorker =
  | { type: 'initialize'; id: number; variables: VariableInfo[]; options: EngineOptions }
  | { type: 'export'; id: number; variables: VariableInfo[]; options: EngineOptions; format: ExportFormat; outFile: string }
  | { type: 'cancel'; id: number }
  | { type: 'debug'; id: number; action: 'throw-async' | 'exit' | 'hang' };

export type WorkerToHost =
  | { type: 'progress'; id: number; done: number; total: number; name: string }
  | { type: 'estimate'; id: number; estimate: Estimate }
  | { type: 'initialized'; id: number; result: InitResult }
  | { type: 'exported'; id: number; file: string; bytes: number; skipped: { name: string; reason: string }[]; notes: string[] }
  | { type: 'error'; id: number; code: EngineErrorCode; message: string };

export type { EngineErrorCode, Estimate };
