"""Writes the benchmark's 1.34 GB checkpoint with real TensorFlow (tensorflow-cpu in /tmp/tf):

  /tmp/tf/bin/python bench/checkpoint/make_big.py [OUT_DIR]     # default bench/.ckpt (git-ignored)

Runs bert_large.py's graph, initializes it with seed 1, and saves every variable except the classifier head
(output_*) with tf.compat.v1.train.Saver: a V2 bundle, model.ckpt.index + model.ckpt.data-00000-of-00001.
"""
import os
import sys

import tensorflow as tf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '.ckpt')

tf.compat.v1.disable_v2_behavior()
tf.compat.v1.set_random_seed(1)
with open(os.path.join(HERE, 'bert_large.py')) as f:
  exec(compile(f.read(), 'bert_large.py', 'exec'), {'__name__': '__main__'})
saved = [v for v in tf.compat.v1.global_variables() if not v.op.name.startswith('output_')]
os.makedirs(OUT, exist_ok=True)
with tf.compat.v1.Session() as sess:
  sess.run(tf.compat.v1.global_variables_initializer())
  path = tf.compat.v1.train.Saver(var_list=saved).save(sess, os.path.join(OUT, 'model.ckpt'), write_meta_graph=False)
n = sum(v.shape.num_elements() for v in saved)
print('%s: %d variables, %d parameters, %d bytes of data' % (path, len(saved), n, os.path.getsize(path + '.data-00000-of-00001')))
