// Applies a harness program's edits (<harness>/<name>/program.json "edits") to its restored upstream file in
// .cache/<cache>/<name>/, in place: each edit replaces `find` (with `to`: the span from `find` through the first `to`
// after it) by `replace`; `find` must occur exactly once unless `all` is set. Shared by scripts/public-keras and
// scripts/public-keras2 (their edit.mjs are the command lines).
import fs from 'node:fs';
import path from 'node:path';
import { root } from './out.mjs';

function applyEdit(text, e, where) {
  const hits = text.split(e.find).length - 1;
  if (hits === 0 || (hits > 1 && !e.all)) throw new Error(`${where}: \`${e.find.slice(0, 60)}\` occurs ${hits} times`);
  if (e.all) return text.split(e.find).join(e.replace);
  const at = text.indexOf(e.find);
  let end = at + e.find.length;
  if (e.to !== undefined) {
    const t = text.indexOf(e.to, at);
    if (t < 0) throw new Error(`${where}: \`${e.to.slice(0, 60)}\` not found after \`${e.find.slice(0, 60)}\``);
    end = t + e.to.length;
  }
  return text.slice(0, at) + e.replace + text.slice(end);
}

/** Applies the edits of each named program of the harness folder `here` to its copy under .cache/<cache>/. */
export function editUpstream(here, cache, names) {
  for (const name of names) {
    const spec = JSON.parse(fs.readFileSync(path.join(here, name, 'program.json'), 'utf8'));
    const file = path.join(root, '.cache', cache, name, spec.files[0]);
    let text = fs.readFileSync(file, 'utf8');
    for (const e of spec.edits ?? []) text = applyEdit(text, e, `${name}/program.json`);
    fs.writeFileSync(file, text);
    console.log(`${name}: ${(spec.edits ?? []).length} edits applied to ${spec.files[0]}`);
  }
}
