// Creates the numeric engine on first use (the worker bundle dist/worker.js loads tfjs off the extension
// host thread). Kept in its own module so activation never evaluates engine code.
import type { EngineLike } from './engineService';

export async function createEngine(): Promise<EngineLike> {
  throw new Error('The numeric engine (src/engine/client.ts) is not part of this build yet.');
}
