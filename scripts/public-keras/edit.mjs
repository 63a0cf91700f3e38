// Applies a public Keras program's edits (<name>/program.json "edits") to its restored upstream file in
// .cache/public-keras/<name>/ (scripts/lib/edit-upstream.mjs). The edits only swap data loading for synthetic data,
// shorten training and drop plotting that needs packages absent here; each says so.
// Usage: node scripts/public-keras/edit.mjs <name>...
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { editUpstream } from '../lib/edit-upstream.mjs';

editUpstream(path.dirname(fileURLToPath(import.meta.url)), 'public-keras', process.argv.slice(2));
