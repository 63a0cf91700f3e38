// Restores from checkpoints, when the checkpoint is in the workspace (read through the host, its listing only):
// `tf.train.init_from_checkpoint`, `tf.train.list_variables`, `tf.train.Saver(var_list=...)` + `saver.restore`.
// Reported at the restore call as TensorFlow would (core/checkpoint/restore.ts has the rules); a path the
// analysis cannot resolve gives an info saying which value is missing.

import type { SyntaxNode as Node } from '../ast';
import type { CheckpointListing } from '../../checkpoint/compare';
import { findPrefixFix, type PrefixFix } from '../../checkpoint/compare';
import { initFromCheckpoint, reshapedByRestore, saverRestore, shapeCompatible, type MapTarget, type RestoreOutcome, type StoreVar } from '../../checkpoint/restore';
import type { QuickFix, RestoreInfo } from '../../model';
import type { VarRecord } from '../../tf/graph';
import { freshId } from '../../tf/graph';
import { loc, type Args, type CallSite } from '../interp';
import { handle, int, NONE, str, strOf, truthy, unknown, type Value } from '../values';
import type { TfLibrary } from '../tflib';
import type { LayerObj } from './types';
import { snakeCase } from './convert';
import { kerasLegacyLoadWeights } from '../../checkpoint/kerasLegacy';
import { kerasLoadWeights, type KerasLayerState } from '../../checkpoint/kerasRestore';
import { joinPath } from '../workspace';
import { type ApiEntry, type BoundArgs, bind } from './registry';

const SAVER_PARAMS = ['var_list', 'reshape', 'sharded', 'max_to_keep', 'keep_checkpoint_every_n_hours', 'name', 'restore_sequentially', 'saver_def',
  'builder', 'defer_build', 'allow_empty', 'write_version', 'pad_step_number', 'save_relative_paths', 'filename'];

/** A Saver's (checkpoint key, variables) pairs, fixed when it is built (at construction). */
interface SaverObj {
  entries: [string, StoreVar[]][] | null;
}

export class Checkpoints {
  constructor(private readonly tf: TfLibrary) {}

  /** The host's checkpoint reader (absolute path → listing); null when the host reads none. */
  reader: ((path: string) => CheckpointListing | undefined) | null = null;
  /** Relative checkpoint paths are taken from the entry's folder (where `python entry.py` usually runs). */
  baseDir = '';
  readonly savers = new Map<number, SaverObj>();
  /** Every variable (store name) some restore call sets from a checkpoint. */
  readonly restored = new Set<string>();
  /** The restore calls that run without error (ProgramResult.restores). */
  readonly calls: RestoreInfo[] = [];

  /** The checkpoint a restore call names, or undefined (with an info saying why it is not checked). */
  open(a: BoundArgs, param: string, site: CallSite, api: string): { listing: CheckpointListing; label: string } | undefined {
    const v = a.get(param);
    const label = strOf(v);
    const written = a.node(param)?.text ?? param;
    if (label === undefined || (v?.t === 'str' && v.partial)) {
      const why = !v || v.t === 'none' ? `is ${v ? 'None' : 'not given'}` : 'is not known statically';
      this.tf.diag.warn(site, 'checkpoint-unknown', `${api}: the checkpoint path ${written} ${why}, so this restore is not checked against a checkpoint.`, 'info');
      return undefined;
    }
    if (!this.reader) return undefined;
    const resolved = label.startsWith('/') ? label : joinPath(this.baseDir, label);
    const listing = /^[a-z][a-z0-9+]*:\/\//i.test(label) ? undefined : this.reader(resolved);
    if (!listing) {
      this.tf.diag.warn(site, 'checkpoint-not-found', `${api}: no checkpoint '${label}' in the workspace (looked for ${resolved}), so this restore is not checked.`, 'info');
      return undefined;
    }
    if (listing.error) {
      this.tf.diag.warn(site, 'checkpoint-unreadable', `${api}: the checkpoint at ${resolved} cannot be read: ${listing.error}`, 'info');
      return undefined;
    }
    return { listing, label };
  }

  storeVar(r: VarRecord): StoreVar {
    return { name: r.storeKey ?? r.name, shape: r.shape, dtype: r.dtype, ref: this.tf.vars.refVars.has(r.id), ...(r.partition ? { partitionOf: r.partition.fullName } : {}) };
  }

  /** get_variable's store of the current graph, in creation order. */
  private store(): StoreVar[] {
    return [...this.tf.graph.store.values()].map((r) => this.storeVar(r));
  }

  private varOf(v: Value): StoreVar | undefined {
    return v.t === 'var' ? this.storeVar(this.tf.reg.vars.get(v.v.id)!) : undefined;
  }

  /** An assignment map's (checkpoint name, target) pairs; undefined when some part is not known statically. */
  private mapPairs(m: Value | undefined): [string, MapTarget][] | undefined {
    if (!m) return undefined;
    const raw: [Value, Value][] = m.t === 'dict' ? m.keys.map((k, i) => [k, m.vals[i]!])
      : m.t === 'list' || m.t === 'tuple' ? m.items.flatMap((p) => ((p.t === 'tuple' || p.t === 'list') && p.items.length === 2 ? [[p.items[0]!, p.items[1]!] as [Value, Value]] : []))
        : [];
    if (m.t !== 'dict' && !(m.t === 'list' || m.t === 'tuple')) return undefined;
    const out: [string, MapTarget][] = [];
    for (const [k, v] of raw) {
      const key = strOf(k);
      if (key === undefined || (k.t === 'str' && k.partial)) return undefined;
      const one = this.varOf(v);
      if (one) out.push([key, { kind: 'var', v: one }]);
      else if (v.t === 'str' && !v.partial) out.push([key, { kind: 'name', name: v.v }]);
      else if (v.t === 'list' && v.items.length && v.items.every((x) => x.t === 'var')) out.push([key, { kind: 'vars', vs: v.items.map((x) => this.varOf(x)!) }]);
      else return undefined;
    }
    return out;
  }

  /** `init_from_checkpoint(ckpt_dir_or_file, assignment_map)`. */
  initFromCheckpoint(a: BoundArgs, site: CallSite): Value {
    const api = 'init_from_checkpoint';
    const pairs = this.mapPairs(a.get('assignment_map'));
    const ckpt = this.open(a, 'ckpt_dir_or_file', site, api);
    if (!ckpt) return NONE;
    if (!pairs) {
      this.tf.diag.warn(site, 'checkpoint-unknown', `${api}: the assignment map ${a.node('assignment_map')?.text ?? ''} is not known statically, so this restore is not checked.`, 'info');
      return NONE;
    }
    const store = this.store();
    const out = initFromCheckpoint(ckpt.label, ckpt.listing.tensors, store, pairs);
    if (!out.error && out.restored.length === 0) this.nothingRestored(a, site, ckpt.listing, store, pairs);
    else if (!out.error) {
      for (const s of out.emptyScopes) this.tf.diag.warn(site, 'checkpoint-map-empty', `${api}: the assignment map's scope '${s}' matches no variable: nothing is restored through it.`, 'warning');
    }
    this.report(out, site, api, ckpt, store, out.error?.subject !== undefined ? this.nameFix(a.node('assignment_map'), out.error.subject, store, site) : []);
    return NONE;
  }

  /** A map value that names no variable, where exactly one variable's name ends with it: the full name, as a fix. */
  private nameFix(map: Node | null, written: string, store: StoreVar[], site: CallSite): QuickFix[] {
    const found = store.filter((v) => v.partitionOf === undefined && v.name.endsWith(`/${written}`));
    if (!map || map.type !== 'dictionary' || found.length !== 1) return [];
    for (const pair of map.namedChildren) {
      const value = pair?.type === 'pair' ? pair.childForFieldName('value') : null;
      if (value?.type === 'string' && value.text.slice(1, -1) === written) {
        const q = value.text[0]!;
        return [replaceNode(site.file, value, `${q}${found[0]!.name}${q}`, `Map onto the variable ${found[0]!.name}`)];
      }
    }
    return [];
  }

  /** An assignment map that restores nothing: say so, with the prefix that would line the names up. */
  private nothingRestored(a: BoundArgs, site: CallSite, listing: CheckpointListing, store: StoreVar[], pairs: [string, MapTarget][]): void {
    const vars = store.filter((v) => v.partitionOf === undefined).map((v) => ({ name: v.name, shape: v.shape, dtype: v.dtype }));
    const fix = findPrefixFix(vars, listing.tensors.filter((t) => !vars.some((v) => v.name === t.name))) ?? identityFix(vars, listing);
    const node = a.node('assignment_map');
    const fixes: QuickFix[] = [];
    let hint = '';
    if (fix) {
      const same = fix.from === fix.to;
      const lineUp = `${fix.restores} variables line up with ${JSON.stringify(fix.assignmentMap)}`;
      const where = fix.from ? `'${fix.from}'` : 'no prefix';
      hint = same ? ` The program's names are the checkpoint's (${lineUp}).` : ` The checkpoint's names start with ${where} where the program's start with '${fix.to}' (${lineUp}).`;
      const literal = `{${Object.entries(fix.assignmentMap).map(([k, v]) => `'${k}': '${v}'`).join(', ')}}`;
      if (node) fixes.push(replaceNode(site.file, node, literal, same ? `Restore by the same names: ${literal}` : `Map the checkpoint's '${fix.from}' onto '${fix.to}': ${literal}`));
    }
    const what = pairs.length ? `matches no variable (${pairs.map((p) => `'${p[0]}'`).join(', ')})` : 'is empty';
    this.tf.diag.warn(site, 'checkpoint-map-empty', `init_from_checkpoint: the assignment map ${what}: nothing is restored from the checkpoint, every variable keeps its initializer.${hint}`, 'warning', fixes);
  }

  /** TensorFlow's error, or what the restore sets and what keeps its initializer (`vars`: the variables it restores into). */
  private report(out: RestoreOutcome, site: CallSite, api: string, ckpt: { listing: CheckpointListing; label: string }, vars: StoreVar[], fixes: QuickFix[] = []): void {
    for (const r of out.restored) this.restored.add(r.variable);
    this.calls.push({ api, checkpoint: ckpt.listing.path, location: loc(site.node, site.file), restored: out.restored, ...(out.error ? { raises: out.error.type } : {}) });
    if (out.error) {
      this.tf.diag.raise(site, out.error.type, out.error.message, out.error.code, fixes);
      return;
    }
    for (const e of out.later) this.tf.diag.warn(site, e.code, `${api}: running the initializer raises ${e.type}: ${e.message}`, 'warning');
    for (const r of reshapedByRestore(vars, out.restored, ckpt.listing.tensors)) {
      this.tf.diag.warn(site, 'checkpoint-reshapes', `${api}: ${r.variable.name} is a resource variable of shape [${(r.variable.shape ?? []).join(', ')}]; the restore assigns the checkpoint's [${r.tensor.shape.join(', ')}] without a shape check, and the variable takes that shape.`, 'warning');
    }
    if (out.restored.length === 0) return;
    const whole = this.store().filter((v) => v.partitionOf === undefined || v.name.endsWith('/part_0'));
    const keep = whole.filter((v) => !this.restored.has(v.name));
    const names = (vs: StoreVar[]): string => vs.slice(0, 8).map((v) => v.partitionOf ?? v.name).join(', ') + (vs.length > 8 ? `, … (${vs.length - 8} more)` : '');
    const rest = keep.length ? `; ${keep.length} ${keep.length === 1 ? 'keeps its initializer' : 'keep their initializers'}: ${names(keep)}` : '; every variable is restored';
    this.tf.diag.warn(site, 'checkpoint-restore', `${api} restores ${out.restored.length} variable${out.restored.length === 1 ? '' : 's'} from ${ckpt.label}${rest}.`, 'info');
  }

  /** `tf.train.list_variables(ckpt)`: the checkpoint's (name, shape) pairs in name order. */
  listVariables(a: BoundArgs, site: CallSite): Value {
    const ckpt = this.open(a, 'ckpt_dir_or_file', site, 'list_variables');
    if (!ckpt) return unknown('list_variables');
    const sorted = [...ckpt.listing.tensors].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    return { t: 'list', items: sorted.map((t) => ({ t: 'tuple', items: [str(t.name), { t: 'list', items: t.shape.map(int) }] })) };
  }

  /** `tf.compat.v1.train.Saver(var_list=...)`: built now, over the variables that exist now. */
  makeSaver(a: BoundArgs): Value {
    const id = freshId();
    this.savers.set(id, { entries: this.tf.eager ? null : this.saverEntries(a.get('var_list')) });
    return handle({ kind: 'saver', id });
  }

  private saverEntries(vl: Value | undefined): [string, StoreVar[]][] | null {
    const g = this.tf.graph;
    const inGraph = new Set(g.store.values());
    const byKey = new Map<string, StoreVar[]>();
    const add = (key: string, v: StoreVar): void => {
      byKey.set(key, [...(byKey.get(key) ?? []), v]);
    };
    if (!vl || vl.t === 'none') {
      for (const r of this.tf.variables) if (r.collections.includes('global_variables') && (inGraph.has(r) || r.storeKey === null)) add(r.partition?.fullName ?? r.name, this.storeVar(r));
    } else if (vl.t === 'dict') {
      for (let i = 0; i < vl.keys.length; i++) {
        const key = strOf(vl.keys[i]);
        const v = vl.vals[i]!;
        const vars = v.t === 'var' ? [v] : v.t === 'list' && v.items.every((x) => x.t === 'var') ? v.items : null;
        if (key === undefined || !vars) return null;
        for (const x of vars) add(key, this.varOf(x)!);
      }
    } else if (vl.t === 'list' || vl.t === 'tuple') {
      for (const x of vl.items) {
        if (x.t !== 'var') return null;
        const r = this.tf.reg.vars.get(x.v.id)!;
        add(r.partition?.fullName ?? r.name, this.storeVar(r));
      }
    } else return null;
    return [...byKey];
  }

  /** Methods of a Saver: `restore(sess, save_path)` is checked; the others do nothing the analysis sees. */
  saverMethod(id: number, name: string, args: Args, site: CallSite): Value {
    const s = this.savers.get(id);
    if (name !== 'restore' || !s) return name === 'save' ? unknown('save path') : NONE;
    const a = bind(args, ['sess', 'save_path']);
    if (!s.entries) {
      this.tf.diag.warn(site, 'checkpoint-unknown', 'Saver.restore: the Saver\'s var_list is not known statically, so this restore is not checked.', 'info');
      return NONE;
    }
    const ckpt = this.open(a, 'save_path', site, 'Saver.restore');
    if (!ckpt) return NONE;
    const out = saverRestore(ckpt.listing.tensors, s.entries);
    if (out.error?.type === 'NotFoundError' && ckpt.listing.tensors.some((t) => t.name === '_CHECKPOINTABLE_OBJECT_GRAPH')) {
      this.tf.diag.warn(site, 'checkpoint-object-based', 'Saver.restore: this is an object-based checkpoint (tf.train.Checkpoint); TensorFlow then restores through its object graph, which is not modelled here.', 'info');
      return NONE;
    }
    this.report(out, site, 'Saver.restore', ckpt, s.entries.flatMap(([, vs]) => vs));
    return NONE;
  }
}

/** The program's names already equal the checkpoint's: the map that restores them is scope → same scope. */
function identityFix(vars: { name: string; shape: (number | null)[] | null }[], listing: CheckpointListing): PrefixFix | undefined {
  const byName = new Map(listing.tensors.map((t) => [t.name, t]));
  const same = vars.filter((v) => byName.has(v.name) && shapeCompatible(v.shape, byName.get(v.name)!.shape));
  if (!same.length) return undefined;
  const assignmentMap: Record<string, string> = {};
  for (const v of same) {
    const top = v.name.includes('/') ? `${v.name.split('/')[0]!}/` : v.name;
    assignmentMap[top] = top;
  }
  return { from: '', to: '', restores: same.length, assignmentMap };
}

const LOAD_WEIGHTS_PARAMS = ['filepath', 'skip_mismatch'];

/** Keras 3's `model.load_weights(filepath, skip_mismatch=False, by_name=...)` on a Sequential or functional model. */
export function kerasLoadWeightsCall(tf: TfLibrary, model: LayerObj, args: Args, site: CallSite): Value {
  const api = 'load_weights';
  const a = bind(args, LOAD_WEIGHTS_PARAMS);
  const path = a.str('filepath');
  if (tf.target.target !== 'keras3' || (model.kind !== 'Sequential' && model.kind !== 'Functional') || path === undefined) {
    if (path === undefined) tf.ckpt.open(a, 'filepath', site, api);
    return NONE;
  }
  const v3 = /\.keras$|\.weights\.h5$/.test(path);
  if (v3 && args.kw.has('by_name')) {
    tf.diag.raise(site, 'ValueError', `\`by_name\` only supports loading legacy '.h5' or '.hdf5' files. Received: ${path}`, 'keras-load-weights');
    return NONE;
  }
  if (!v3) {
    if (/\.(h5|hdf5)$/.test(path)) legacyLoadWeights(tf, model, a, args, site);
    else tf.diag.warn(site, 'checkpoint-unknown', `${api}: ${path} is neither a .keras/.weights.h5 file nor a legacy .h5; this load is not checked.`, 'info');
    return NONE;
  }
  if (model.kind === 'Sequential' && !model.built) {
    tf.diag.raise(site, 'ValueError', 'You are loading weights into a model that has not yet been built. Try building the model first by calling it on some data or by using `build()`.', 'keras-load-weights');
    return NONE;
  }
  const ckpt = tf.ckpt.open(a, 'filepath', site, api);
  if (!ckpt) return NONE;
  const out = kerasLoadWeights(modelLayers(tf, model), ckpt.listing.tensors);
  for (const r of out.restored) tf.ckpt.restored.add(r.variable);
  tf.ckpt.calls.push({ api, checkpoint: ckpt.listing.path, location: loc(site.node, site.file), restored: out.restored, ...(out.failure && a.bool('skip_mismatch', false) === false ? { raises: 'ValueError' } : {}) });
  if (out.unsupported.length) tf.diag.warn(site, 'checkpoint-unknown', `${api}: the file holds nested weights for ${out.unsupported.join(', ')} (sublayers), which this check does not follow.`, 'info');
  if (out.failure) {
    const skip = a.bool('skip_mismatch', false);
    if (skip === false) tf.diag.raise(site, 'ValueError', out.failure, 'keras-load-weights');
    else tf.diag.warn(site, 'keras-load-weights', `load_weights(skip_mismatch=True) warns and skips: ${out.failure}`, 'warning');
  }
  return NONE;
}

/** The model's layers in order (Keras's `model.layers`: no InputLayer), with their weights. */
function modelLayers(tf: TfLibrary, model: LayerObj): KerasLayerState[] {
  const ids = model.kind === 'Sequential' ? (model.config.get('layers') as { items: Value[] }).items.flatMap((x) => (x.t === 'layer' ? [x.l.id] : [])) : (model.children ?? []);
  return ids.map((id) => tf.reg.layers.get(id)!).filter((l) => l.kind !== 'InputLayer').map((l) => ({
    cls: l.kind, key: snakeCase(l.kind), name: l.name ?? '?',
    vars: l.weights.flatMap((w) => (w.t === 'var' ? [tf.reg.vars.get(w.v.id)!] : [])).map((r) => ({ name: r.name.split('/').pop()!, path: r.name, shape: r.shape, dtype: r.dtype, trainable: r.trainable })),
  }));
}

/** `load_weights` of a legacy `.h5` (by topological order, or `by_name=True`), Keras 3's legacy_h5_format. */
function legacyLoadWeights(tf: TfLibrary, model: LayerObj, a: BoundArgs, args: Args, site: CallSite): void {
  const api = 'load_weights';
  const ckpt = tf.ckpt.open(a, 'filepath', site, api);
  if (!ckpt) return;
  if (!ckpt.listing.tensors.some((t) => t.group !== undefined)) {
    tf.diag.warn(site, 'checkpoint-unknown', `${api}: ${ckpt.label} has no legacy layer_names/weight_names; this load is not checked.`, 'info');
    return;
  }
  const byNameArg = args.kw.get('by_name');
  const byName = byNameArg === undefined ? false : truthy(byNameArg);
  const skip = a.bool('skip_mismatch', false);
  if (byName === undefined || skip === undefined) {
    tf.diag.warn(site, 'checkpoint-unknown', `${api}: by_name / skip_mismatch are not known statically; this load is not checked.`, 'info');
    return;
  }
  const out = kerasLegacyLoadWeights(modelLayers(tf, model), ckpt.listing.tensors, byName, skip);
  for (const r of out.restored) tf.ckpt.restored.add(r.variable);
  tf.ckpt.calls.push({ api, checkpoint: ckpt.listing.path, location: loc(site.node, site.file), restored: out.restored, ...(out.failure ? { raises: 'ValueError' } : {}) });
  if (out.failure) tf.diag.raise(site, 'ValueError', out.failure, 'keras-load-weights');
  // one diagnostic per call: Keras's warnings, one a line
  if (out.warnings.length) tf.diag.warn(site, 'keras-load-weights', `load_weights(skip_mismatch=True) warns and skips: ${out.warnings.join('\n')}`, 'warning');
}

function replaceNode(file: string, n: Node, newText: string, title: string): QuickFix {
  return { title, edits: [{ file, line: n.startPosition.row + 1, column: n.startPosition.column + 1, endLine: n.endPosition.row + 1, endColumn: n.endPosition.column + 1, newText }] };
}

export const CHECKPOINTS_API: readonly ApiEntry[] = [
  { names: ['train.init_from_checkpoint'], params: ['ckpt_dir_or_file', 'assignment_map'], impl: (tf, a, site) => tf.ckpt.initFromCheckpoint(a, site) },
  { names: ['train.list_variables'], params: ['ckpt_dir_or_file'], impl: (tf, a, site) => tf.ckpt.listVariables(a, site) },
  { names: ['train.Saver'], params: SAVER_PARAMS, impl: (tf, a) => tf.ckpt.makeSaver(a) },
];
