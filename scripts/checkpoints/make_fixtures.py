"""Writes the small checkpoints test/checkpoint tests read, with real TensorFlow (tensorflow-cpu 2.21 in /tmp/tf):

  /tmp/tf/bin/python scripts/checkpoints/make_fixtures.py   # rewrites test/fixtures/checkpoints/*

- tf1_saver/model.ckpt*: a TF1 graph saved by tf.compat.v1.train.Saver (BERT-like names, float32 and int64,
  a scalar, a 3-D tensor), plus list.json: what tf.train.list_variables reports, and a few values.
- tf2_object/ckpt-1*: a tf.train.Checkpoint of a small Keras-free module (object-graph keys).
Values are seeded so re-running gives the same bytes.
"""
import json
import os
import shutil

import numpy as np
import tensorflow as tf

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'test', 'fixtures', 'checkpoints')


def write_listing(prefix, out):
    reader = tf.train.load_checkpoint(prefix)
    dtypes = reader.get_variable_to_dtype_map()
    listing = []
    for name, shape in tf.train.list_variables(prefix):
        value = reader.get_tensor(name)
        flat = np.asarray(value).reshape(-1)
        listing.append({
            'name': name,
            'shape': list(shape),
            'dtype': dtypes[name].name,
            'first': flat[:4].tolist() if flat.dtype.kind in 'fiub' else None,
            'sum': float(np.asarray(value, dtype=np.float64).sum()) if flat.dtype.kind in 'fiu' else None,
        })
    with open(out, 'w') as f:
        json.dump(listing, f, indent=1)


def tf1_saver():
    d = os.path.join(ROOT, 'tf1_saver')
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    g = tf.Graph()
    with g.as_default():
        tf.compat.v1.set_random_seed(1)
        with tf.compat.v1.variable_scope('bert'):
            with tf.compat.v1.variable_scope('embeddings'):
                tf.compat.v1.get_variable('word_embeddings', [16, 8], initializer=tf.compat.v1.truncated_normal_initializer(stddev=0.02))
            with tf.compat.v1.variable_scope('encoder/layer_0/attention/self/query'):
                tf.compat.v1.get_variable('kernel', [8, 8])
                tf.compat.v1.get_variable('bias', [8], initializer=tf.compat.v1.zeros_initializer())
            with tf.compat.v1.variable_scope('pooler/dense'):
                tf.compat.v1.get_variable('kernel', [8, 8])
        tf.compat.v1.get_variable('global_step', [], dtype=tf.int64, initializer=tf.compat.v1.constant_initializer(1234), trainable=False)
        tf.compat.v1.get_variable('conv/filters', [2, 3, 4], initializer=tf.compat.v1.random_uniform_initializer(-1, 1))
        saver = tf.compat.v1.train.Saver()
        with tf.compat.v1.Session() as s:
            s.run(tf.compat.v1.global_variables_initializer())
            prefix = saver.save(s, os.path.join(d, 'model.ckpt'), write_meta_graph=False, write_state=False)
    write_listing(prefix, os.path.join(d, 'list.json'))


def tf2_object():
    d = os.path.join(ROOT, 'tf2_object')
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)

    class Head(tf.Module):
        def __init__(self):
            super().__init__()
            self.kernel = tf.Variable(tf.reshape(tf.range(6, dtype=tf.float32), [2, 3]), name='kernel')
            self.bias = tf.Variable(tf.zeros([3], tf.float16), name='bias')

    ckpt = tf.train.Checkpoint(head=Head(), step=tf.Variable(7, dtype=tf.int32))
    prefix = ckpt.write(os.path.join(d, 'ckpt-1'))
    write_listing(prefix, os.path.join(d, 'list.json'))


def numpy_files():
    """np.savez (stored) and np.savez_compressed (deflated), and a .safetensors written by the format's spec
    (8-byte little-endian header length, JSON header, raw little-endian data), with the same three arrays."""
    import struct
    d = os.path.join(ROOT, 'files')
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    rng = np.random.RandomState(3)
    arrays = {
        'dense/kernel': rng.standard_normal((3, 4)).astype(np.float32),
        'dense/bias': np.arange(4, dtype=np.float64),
        'step': np.array(2 ** 40 + 3, dtype=np.int64),
    }
    np.savez(os.path.join(d, 'stored.npz'), **arrays)
    np.savez_compressed(os.path.join(d, 'compressed.npz'), **arrays)
    codes = {np.dtype(np.float32): 'F32', np.dtype(np.float64): 'F64', np.dtype(np.int64): 'I64'}
    header, blobs, offset = {}, [], 0
    for name, a in arrays.items():
        raw = a.astype(a.dtype.newbyteorder('<')).tobytes()
        header[name] = {'dtype': codes[a.dtype], 'shape': list(a.shape), 'data_offsets': [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    h = json.dumps(header).encode()
    with open(os.path.join(d, 'weights.safetensors'), 'wb') as f:
        f.write(struct.pack('<Q', len(h)) + h + b''.join(blobs))
    with open(os.path.join(d, 'list.json'), 'w') as f:
        json.dump([{'name': k, 'shape': list(a.shape), 'dtype': a.dtype.name, 'values': a.reshape(-1).tolist()} for k, a in arrays.items()], f, indent=1)


if __name__ == '__main__':
    tf1_saver()
    tf2_object()
    numpy_files()
    for root, _, files in os.walk(ROOT):
        for f in sorted(files):
            p = os.path.join(root, f)
            print(os.path.relpath(p, ROOT), os.path.getsize(p))
