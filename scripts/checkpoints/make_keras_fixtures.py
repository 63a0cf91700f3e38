"""Writes the Keras weight files the HDF5 reader is tested on, with real Keras (tensorflow-cpu 2.21 and Keras 3
in /tmp/tf):

  /tmp/tf/bin/python scripts/checkpoints/make_keras_fixtures.py   # rewrites test/fixtures/checkpoints/keras/*

- k3.weights.h5 (Keras 3 model.save_weights) and k3.keras (model.save: a zip holding model.weights.h5), and
  k3.list.json: every dataset as h5py lists it (path, shape, dtype, values).
- k2.h5: a like model (the frozen Keras has no BatchNormalization: a bias-free Dense instead) in frozen Keras 2 (tensorflow.python.keras) saved with save_weights(..., save_format='h5'),
  and k2.list.json: the weight names Keras 2 gives (model.weights), with shapes, dtypes and values.
- k3legacy.h5: the k3 model saved by Keras 3 in the legacy HDF5 format (model.save('….h5'): weights under
  model_weights, with layer_names and weight_names), for load_weights by topological order and by_name=True;
  k3legacy.list.json lists its datasets. `make_keras_fixtures.py legacy` writes only these two.
Seeded, so re-running gives the same values.
"""
import json
import os
import shutil

import h5py
import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'test', 'fixtures', 'checkpoints', 'keras')


def h5_listing(path):
    out = []
    with h5py.File(path, 'r') as f:
        def visit(name, obj):
            if isinstance(obj, h5py.Dataset):
                a = np.asarray(obj)
                out.append({'name': name, 'shape': list(a.shape), 'dtype': a.dtype.name, 'values': a.reshape(-1).tolist()})
        f.visititems(visit)
    return out


def keras3():
    import keras
    keras.utils.set_random_seed(5)
    model = keras.Sequential([
        keras.Input((4,)),
        keras.layers.Dense(3, name='dense'),
        keras.layers.BatchNormalization(name='bn'),
        keras.layers.Dense(2, name='head'),
    ])
    model.save_weights(os.path.join(ROOT, 'k3.weights.h5'))
    model.save(os.path.join(ROOT, 'k3.keras'))
    with open(os.path.join(ROOT, 'k3.list.json'), 'w') as f:
        json.dump(h5_listing(os.path.join(ROOT, 'k3.weights.h5')), f, indent=1)


def keras3_legacy():
    import keras
    keras.utils.set_random_seed(5)
    model = keras.Sequential([
        keras.Input((4,)),
        keras.layers.Dense(3, name='dense'),
        keras.layers.BatchNormalization(name='bn'),
        keras.layers.Dense(2, name='head'),
    ])
    path = os.path.join(ROOT, 'k3legacy.h5')
    model.save(path)
    with open(os.path.join(ROOT, 'k3legacy.list.json'), 'w') as f:
        json.dump(h5_listing(path), f, indent=1)


def keras2():
    import tensorflow as tf
    from tensorflow.python import keras as k2
    tf.random.set_seed(5)
    model = k2.Sequential([
        k2.layers.InputLayer(input_shape=(4,)),
        k2.layers.Dense(3, name='dense'),
        k2.layers.Dense(3, name='mid', use_bias=False),
        k2.layers.Dense(2, name='head'),
    ])
    # the frozen package lost its __version__, which save_weights_to_hdf5_group writes as the file's keras_version
    k2.__version__ = '2.6.0'
    path = os.path.join(ROOT, 'k2.h5')
    model.save_weights(path, save_format='h5')
    listing = [{'name': w.name, 'shape': list(w.shape), 'dtype': w.dtype.name, 'values': w.numpy().reshape(-1).tolist()} for w in model.weights]
    with open(os.path.join(ROOT, 'k2.list.json'), 'w') as f:
        json.dump(listing, f, indent=1)


if __name__ == '__main__':
    import sys
    if sys.argv[1:] == ['legacy']:
        keras3_legacy()
    else:
        shutil.rmtree(ROOT, ignore_errors=True)
        os.makedirs(ROOT)
        keras3()
        keras3_legacy()
        keras2()
    for name in sorted(os.listdir(ROOT)):
        print(name, os.path.getsize(os.path.join(ROOT, name)))
