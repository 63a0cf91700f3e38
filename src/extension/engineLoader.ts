// Creates the numeric engine on first use: the EngineClient starts dist/worker.js (next to the extension
// bundle), which loads tfjs off the extension host thread. Kept in its own module so activation never
// evaluates engine code.
import { EngineClient } from '../engine/client';
import type { EngineLike } from './engineService';

export async function createEngine(): Promise<EngineLike> {
  return new EngineClient();
}
