// The engine's error type, in a module of its own so that EngineClient (bundled into the extension) does
// not pull engine.ts and tfjs into the extension bundle. engine.ts re-exports both names unchanged.

export type EngineErrorCode = 'cancelled' | 'too-large' | 'invalid' | 'internal' | 'crashed';

export class EngineError extends Error {
  constructor(readonly code: EngineErrorCode, message: string) {
    super(message);
    this.name = code === 'cancelled' ? 'AbortError' : 'EngineError';
  }
}
