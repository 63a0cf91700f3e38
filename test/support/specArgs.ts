// Test helper: an initializer argument by name, read through the product's own `initializerArgs` (so tests
// check what users are shown); `reason` reads an unknown initializer's reason. Undefined when absent.

import { initializerArgs, type InitializerArgValue } from '../../src/core/initializers';
import type { InitializerSpec } from '../../src/core/model';

export function arg(spec: InitializerSpec, name: string): InitializerArgValue | undefined {
  if (name === 'reason') return spec.kind === 'unknown' ? spec.reason : undefined;
  return Object.fromEntries(initializerArgs(spec))[name];
}
