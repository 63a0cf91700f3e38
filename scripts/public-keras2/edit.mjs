// Applies a public Keras 2 program's edits (<name>/program.json "edits") to its restored upstream file in
// .cache/public-keras2/<name>/ (scripts/lib/edit-upstream.mjs): synthetic data of the same shapes, fewer epochs.
// Usage: node scripts/public-keras2/edit.mjs <name>...
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { editUpstream } from '../lib/edit-upstream.mjs';

editUpstream(path.dirname(fileURLToPath(import.meta.url)), 'public-keras2', process.argv.slice(2));
