// What Keras 3's saving leaves behind (keras/src/saving/saving_lib.py): saving or loading a compiled model's state
// (`model.save("x.keras")`, `save_weights("x.weights.h5")`, `load_weights` of those, and `ModelCheckpoint` saving at an
// epoch's end) walks the model's optimizer, and `get_attr_skipset("Optimizer")` makes a reference `Optimizer(1.0)`
// each time (its cache is stored under a different key than it is read from): `optimizer[_N]/iteration` and
// `optimizer[_N]/learning_rate`. ModelCheckpoint callbacks are kept as objects so that fit can count its saves.

import { type Args, type CallSite } from '../interp';
import { bind } from './registry';
import type { LayerObj } from './types';
import type { TfLibrary } from '../tflib';
import { float, handle, type Value } from '../values';
import { freshId } from '../../tf/graph';
import { kerasLoadWeightsCall } from './checkpoints';

/** A `keras.callbacks.ModelCheckpoint(...)`'s arguments that decide when it saves. */
interface Checkpoint { filepath: string | undefined; saveBestOnly: boolean | undefined; weightsOnly: boolean | undefined; monitor: string | undefined; freq: Value | undefined }

const CHECKPOINT_PARAMS = ['filepath', 'monitor', 'verbose', 'save_best_only', 'save_weights_only', 'mode', 'save_freq'];

/** A file Keras 3's own format writes and reads (`.keras`, `.weights.h5`): saving_lib walks the model for it. */
const V3_FILE = /\.keras$|\.weights\.h5$/;

export class KerasSaving {
  private readonly checkpoints = new Map<number, Checkpoint>();
  /** `.keras` files this program has saved a whole model to (`model.save`, ModelCheckpoint): the model's id. */
  private readonly savedModels = new Map<string, number>();

  constructor(private readonly tf: TfLibrary) {}

  /** `keras.callbacks.ModelCheckpoint(filepath, monitor="val_loss", ..., save_best_only=False, save_weights_only=False)`. */
  makeCheckpoint(args: Args): Value {
    const a = bind(args, CHECKPOINT_PARAMS);
    const id = freshId();
    this.checkpoints.set(id, {
      filepath: a.str('filepath'), monitor: a.given('monitor') ? a.str('monitor') : 'val_loss',
      saveBestOnly: a.bool('save_best_only', false), weightsOnly: a.bool('save_weights_only', false), freq: a.get('save_freq'),
    });
    return handle({ kind: 'kcheckpoint', id });
  }

  /** `model.save(path)` of a Keras 3 model to a `.keras` file: what `load_model(path)` later rebuilds. */
  saveModel(l: LayerObj, path: string | undefined): void {
    if (path !== undefined && /\.keras$/.test(path) && !l.k2) this.savedModels.set(path, l.id);
  }

  /** The model this program saved at `path` (undefined: none, or not known statically). */
  savedModel(path: string | undefined): number | undefined {
    return path === undefined ? undefined : this.savedModels.get(path);
  }

  /** Saving or loading the state of model `l` at `path` (a string, or undefined when not known). */
  walk(l: LayerObj, optimizer: Value | null | undefined, path: string | undefined, site: CallSite): void {
    if (!optimizer || optimizer.t === 'none' || path === undefined || !V3_FILE.test(path) || l.k2) return;
    this.tf.optim.makeKerasOptimizer('Optimizer', { pos: [float(1.0)], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site);
  }

  /** `model.load_weights(...)` of a Sequential or functional model: checked against the file, then the state walk. */
  loadWeights(l: LayerObj, args: Args, site: CallSite): Value {
    const r = kerasLoadWeightsCall(this.tf, l, args, site);
    if (!l.k2) this.walk(l, this.tf.training.optimizerOf(l), bind(args, ['filepath']).str('filepath'), site);
    return r;
  }

  /**
   * The saves fit's ModelCheckpoint callbacks make: one per epoch (save_freq "epoch"); with save_best_only and the
   * monitored value in the logs (a `val_` one needs validation data), the first epoch saves and later ones only when
   * it improves, which is not known: then none is counted (missing, not guessed); without it, every epoch saves.
   */
  fitSaves(l: LayerObj, optimizer: Value | null | undefined, fitArgs: Args, site: CallSite): void {
    const a = bind(fitArgs, ['x', 'y', 'batch_size', 'epochs', 'verbose', 'callbacks', 'validation_split', 'validation_data']);
    const cbs = a.get('callbacks');
    if (!cbs || (cbs.t !== 'list' && cbs.t !== 'tuple')) return;
    const epochs = a.given('epochs') ? a.num('epochs') : 1;
    if (epochs === undefined) return;
    const validation = (a.num('validation_split') ?? 0) > 0 || (a.given('validation_data') && a.get('validation_data')?.t !== 'none');
    for (const cb of cbs.items) {
      const c = cb.t === 'tf' && cb.h?.kind === 'kcheckpoint' ? this.checkpoints.get(cb.h.id) : undefined;
      if (!c || c.saveBestOnly === undefined || c.monitor === undefined || (c.freq && !(c.freq.t === 'str' && c.freq.v === 'epoch'))) continue;
      // save_best_only (model_checkpoint.py _should_save_model): a monitored value missing from the logs saves
      // every epoch (with a warning); a present one saves on improvement: the first epoch, then not known
      const inLogs = !c.monitor.startsWith('val_') || validation;
      // the first epoch saves in every case, so the file holds this model (a pattern names a file per epoch)
      if (epochs > 0 && c.weightsOnly === false && c.filepath !== undefined && !/\{/.test(c.filepath)) this.saveModel(l, c.filepath);
      if (c.saveBestOnly && inLogs && epochs > 1) {
        // each save makes a reference optimizer (`walk`): their number, and so the next one's name, is not known
        if (optimizer && optimizer.t !== 'none' && c.filepath !== undefined && V3_FILE.test(c.filepath) && !l.k2) this.tf.keras.loseUid('optimizer');
        continue;
      }
      const saves = c.saveBestOnly && inLogs ? Math.min(epochs, 1) : epochs;
      for (let i = 0; i < saves; i++) this.walk(l, optimizer, c.filepath?.replace(/\{[^}]*\}/g, '0'), site);
    }
  }
}
