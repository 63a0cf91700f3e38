// Whether a TS/JS file reaches TensorFlow.js through the workspace: it imports or requires @tensorflow/tfjs*
// itself, or a relative module that does (transitively, at most MAX_FILES files read). A driver `main.ts` that
// builds its model through `import {buildModel} from './model.js'` is then a program. Pure: reads through `read`.

/** Text any TF.js program contains (its import or require). */
export const TFJS_TEXT = /@tensorflow\/tfjs/;

const MAX_FILES = 24;
/** `from './x'`, `import './x'`, `require('./x')`, `import('./x')` with a relative specifier. */
const RELATIVE_SPEC = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The files a relative specifier may name (as TypeScript/Node resolve it: .ts for .js too, index files). */
export function candidates(fromFile: string, spec: string): string[] {
  const dir = fromFile.replace(/\/[^/]*$/, '');
  const parts: string[] = [];
  for (const seg of `${dir}/${spec}`.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  const base = `${fromFile.startsWith('/') ? '/' : ''}${parts.join('/')}`;
  const stem = base.replace(/\.(js|mjs|cjs|jsx)$/, '');
  return [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, `${stem}.js`, `${stem}.mjs`, `${stem}.cjs`, `${base}/index.ts`, `${base}/index.js`]
    .filter((c) => !/\.d\.[cm]?ts$/.test(c));
}

/** True when `file` (text `text`) or a workspace module it imports, transitively, imports TF.js. */
export function reachesTfjs(file: string, text: string, read: (path: string) => string | undefined): boolean {
  const seen = new Set<string>([file]);
  const queue: [string, string][] = [[file, text]];
  while (queue.length) {
    const [f, t] = queue.shift()!;
    if (TFJS_TEXT.test(t)) return true;
    for (const m of t.matchAll(RELATIVE_SPEC)) {
      for (const c of candidates(f, m[1]!)) {
        if (seen.has(c)) break;
        const body = seen.size < MAX_FILES ? read(c) : undefined;
        if (body === undefined) continue;
        seen.add(c);
        queue.push([c, body]);
        break;
      }
    }
  }
  return false;
}
