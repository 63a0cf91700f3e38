// `node scripts/check-size.mjs [--strict] [paths...]`: lists the source files under src/ over 800 lines and the
// functions (declarations, methods, accessors, arrow and function expressions) over 80 lines, measured from the
// first to the last line of the node. The engine's numeric kernels (KERNELS below) are exempt from the function
// limit only. Prints the violations; exits 1 when there are some and --strict is given, else 0.

import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const ts = require('typescript');

const MAX_FILE_LINES = 800;
const MAX_FUNCTION_LINES = 80;
/** Numeric kernels (hand-unrolled or generated loops): exempt from the function-length limit. */
const KERNELS = /^src\/engine\/(libm|libm64|glibcLog|philox|philoxWasm|eigenQr|gebpWasm|wasmAsm|numpyRandom|distributions)\.ts$/;

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const targets = args.filter((a) => !a.startsWith('--'));

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function functionName(node, sf) {
  if (node.name) return node.name.getText(sf);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const p = node.parent;
  if (p && (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && p.name) return p.name.getText(sf);
  return '<anonymous>';
}

const files = (targets.length ? targets.map((t) => path.resolve(t)) : [path.join(root, 'src')])
  .flatMap((t) => (fs.statSync(t).isDirectory() ? walk(t, []) : [t]));
const violations = [];
for (const file of files.sort()) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > MAX_FILE_LINES) violations.push(`${rel}: file has ${lines} lines (max ${MAX_FILE_LINES})`);
  if (KERNELS.test(rel)) continue;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, rel.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && node.body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      const n = end - start + 1;
      if (n > MAX_FUNCTION_LINES) violations.push(`${rel}:${start + 1}: ${functionName(node, sf)} has ${n} lines (max ${MAX_FUNCTION_LINES})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
for (const v of violations) console.log(v);
console.log(`${violations.length} size violation(s) in ${files.length} files`);
process.exit(strict && violations.length ? 1 : 0);
