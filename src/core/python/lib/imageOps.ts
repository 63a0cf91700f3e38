// tf.image ops and TF1's queue batching as registry rows: their static result shapes, read from TensorFlow's
// image_ops_impl.py (3-D images [h, w, c] or 4-D batches [b, h, w, c]) and training/input.py (`tf.train.batch`).

import { ts, UNKNOWN, type Dim, type TShape } from '../../tf/shapeRules';
import { unknown, type Value } from '../values';
import type { ApiEntry, BoundArgs } from './registry';
import { dimOf, dtypeOfValue, out, shapeArgOf, tshapeOf } from './tensorOps';
import type { TfLibrary } from '../tflib';

/** An image (batch) with its height and width replaced: rank 3 or 4 kept, channels (and batch) carried over. */
function withSize(s: TShape, h: Dim | undefined, w: Dim | undefined): TShape {
  if (!s.dims || (s.dims.length !== 3 && s.dims.length !== 4)) return UNKNOWN;
  const k = s.dims.length - 3;
  const dims = [...s.dims];
  dims[k] = h ?? null;
  dims[k + 1] = w ?? null;
  return ts(dims, s.vague || h === undefined || w === undefined);
}

const dimArg = (a: BoundArgs, k: string): Dim | undefined => { const v = a.get(k); return v ? dimOf(v) : undefined; };

function same(tf: TfLibrary, a: BoundArgs, dtype?: string | null): Value {
  return out(tf, tshapeOf(tf, a.get('image')), dtype ?? dtypeOfValue(tf, a.get('image')));
}

export const IMAGE_OPS_API: readonly ApiEntry[] = [
  {
    // flips keep the image's shape and dtype (image_ops_impl._random_flip / _flip)
    names: ['image.random_flip_left_right', 'image.random_flip_up_down', 'image.flip_left_right', 'image.flip_up_down'],
    params: ['image', 'seed'], impl: (tf, a) => same(tf, a),
  },
  { names: ['image.convert_image_dtype'], params: ['image', 'dtype', 'saturate', 'name'], impl: (tf, a) => same(tf, a, a.dtype('dtype')) },
  {
    // resize_images(images, size): [new_height, new_width] from `size` (a 2-element list or shape tensor); float32
    // unless NEAREST_NEIGHBOR keeps the input's dtype, which is not told apart here
    names: ['image.resize_images', 'image.resize', 'image.resize_bilinear', 'image.resize_nearest_neighbor', 'image.resize_bicubic', 'image.resize_area'],
    params: ['images', 'size'],
    impl: (tf, a) => {
      const size = shapeArgOf(a.get('size'));
      const x = tshapeOf(tf, a.get('images'));
      const d = size.dims?.length === 2 ? size.dims : [undefined, undefined];
      return out(tf, withSize(x, size.vague ? undefined : d[0], size.vague ? undefined : d[1]), dtypeOfValue(tf, a.get('images')));
    },
  },
  {
    // crop_to_bounding_box: a slice of target_height x target_width (image_ops_impl: the static shape when known)
    names: ['image.crop_to_bounding_box', 'image.pad_to_bounding_box'],
    params: ['image', 'offset_height', 'offset_width', 'target_height', 'target_width'],
    impl: (tf, a) => out(tf, withSize(tshapeOf(tf, a.get('image')), dimArg(a, 'target_height'), dimArg(a, 'target_width')), dtypeOfValue(tf, a.get('image'))),
  },
  {
    // decode_png / decode_jpeg: [height, width, channels] with channels=0 (the default) unknown until run; uint8
    names: ['image.decode_png', 'image.decode_jpeg', 'image.decode_image'], params: ['contents', 'channels', 'dtype', 'name'],
    impl: (tf, a) => {
      const c = a.num('channels');
      return out(tf, ts([null, null, c ? c : null], !c), a.dtype('dtype') ?? 'uint8');
    },
  },
  {
    // training/input.py batch / shuffle_batch: each tensor gets a leading batch_size dim (static: the final batch is
    // never smaller unless allow_smaller_final_batch), returned in the structure given
    names: ['train.batch', 'train.shuffle_batch'], params: ['tensors', 'batch_size'],
    impl: (tf, a) => {
      const tensors = a.get('tensors');
      const b = dimArg(a, 'batch_size');
      if (a.raw.kw.get('allow_smaller_final_batch')?.t === 'bool' && (a.raw.kw.get('allow_smaller_final_batch') as { v: boolean }).v) return unknown('batch with a smaller final batch');
      const one = (t: Value): Value => {
        const s = tshapeOf(tf, t);
        return out(tf, s.dims ? ts([b ?? null, ...s.dims], s.vague || b === undefined) : UNKNOWN, dtypeOfValue(tf, t));
      };
      if (tensors?.t === 'list' || tensors?.t === 'tuple') return { t: 'list', items: tensors.items.map(one) };
      return unknown('tf.train.batch of a dict');
    },
  },
];
