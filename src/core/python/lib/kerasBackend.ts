// Keras's global configuration as the application models read it (keras/src/backend/config.py): the image data
// format ('channels_last' unless set), floatx ('float32'), epsilon (1e-7), and `is_keras_tensor`. The values are
// Keras's defaults (the analysis does not read ~/.keras/keras.json); `set_*` changes them for the rest of the run.

import type { ApiEntry } from './registry';
import { bool, float, NONE, str, unknown, type Value } from '../values';
import type { TfLibrary } from '../tflib';

interface KerasConfig {
  imageDataFormat: string;
}

const configs = new WeakMap<TfLibrary, KerasConfig>();

function config(tf: TfLibrary): KerasConfig {
  let c = configs.get(tf);
  if (!c) configs.set(tf, (c = { imageDataFormat: 'channels_last' }));
  return c;
}

/** Keras's global image data format for this run ('channels_last' by default). */
export function imageDataFormat(tf: TfLibrary): string {
  return config(tf).imageDataFormat;
}

const isTensor = (v: Value | undefined): boolean => v?.t === 'tensor';

export const KERAS_BACKEND_API: readonly ApiEntry[] = [
  {
    names: ['backend.image_data_format', 'config.image_data_format', 'backend.config.image_data_format'], params: [],
    impl: (tf, _a, _site, c) => (c.root === 'keras' ? str(imageDataFormat(tf)) : undefined),
  },
  {
    // Keras raises on anything but the two formats (config.set_image_data_format); unknown values are kept unknown
    names: ['backend.set_image_data_format', 'config.set_image_data_format', 'backend.config.set_image_data_format'], params: ['data_format'],
    impl: (tf, a, _site, c) => {
      if (c.root !== 'keras') return undefined;
      const f = a.get('data_format');
      if (f?.t === 'str' && (f.v.toLowerCase() === 'channels_first' || f.v.toLowerCase() === 'channels_last')) config(tf).imageDataFormat = f.v.toLowerCase();
      return NONE;
    },
  },
  // Keras 2 and 3 alike: 1e-7 unless set (backend_config.py / config.py)
  { names: ['backend.epsilon', 'config.epsilon', 'backend.config.epsilon'], params: [], impl: (_tf, _a, _site, c) => (c.root === 'keras' ? float(1e-7) : undefined) },
  { names: ['backend.floatx', 'config.floatx', 'backend.config.floatx'], params: [], impl: (_tf, _a, _site, c) => (c.root === 'keras' ? str('float32') : undefined) },
  {
    // a symbolic tensor (Input, a layer's output) is a KerasTensor; a variable or an eager tensor is not
    names: ['backend.is_keras_tensor', 'utils.is_keras_tensor', 'backend.common.keras_tensor.is_keras_tensor'], params: ['x'],
    impl: (_tf, a, _site, c) => (c.root !== 'keras' ? undefined : isTensor(a.get('x')) ? bool(true) : a.get('x')?.t === 'var' ? bool(false) : unknown('is_keras_tensor')),
  },
];
