# A BERT-Large-shaped TF1 graph (24 layers, hidden 1024, intermediate 4096, vocabulary 30522: 335 M parameters,
# 1.34 GB of float32) with a classifier head, written for the checkpoint benchmark (bench/checkpoint/run.mjs).
# make_big.py runs this file under real TensorFlow and saves everything but the head, so that the comparison
# finds the encoder restored and the head missing.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

HIDDEN, INTERMEDIATE, LAYERS, VOCAB, POSITIONS = 1024, 4096, 24, 30522, 512


def dense(name, n_in, n_out):
  with tf.variable_scope(name):
    tf.get_variable("kernel", [n_in, n_out], initializer=tf.truncated_normal_initializer(stddev=0.02))
    tf.get_variable("bias", [n_out], initializer=tf.zeros_initializer())


def layer_norm():
  with tf.variable_scope("LayerNorm"):
    tf.get_variable("beta", [HIDDEN], initializer=tf.zeros_initializer())
    tf.get_variable("gamma", [HIDDEN], initializer=tf.ones_initializer())


with tf.variable_scope("bert"):
  with tf.variable_scope("embeddings"):
    tf.get_variable("word_embeddings", [VOCAB, HIDDEN], initializer=tf.truncated_normal_initializer(stddev=0.02))
    tf.get_variable("token_type_embeddings", [2, HIDDEN], initializer=tf.truncated_normal_initializer(stddev=0.02))
    tf.get_variable("position_embeddings", [POSITIONS, HIDDEN], initializer=tf.truncated_normal_initializer(stddev=0.02))
    layer_norm()
  with tf.variable_scope("encoder"):
    for i in range(LAYERS):
      with tf.variable_scope("layer_%d" % i):
        with tf.variable_scope("attention"):
          with tf.variable_scope("self"):
            dense("query", HIDDEN, HIDDEN)
            dense("key", HIDDEN, HIDDEN)
            dense("value", HIDDEN, HIDDEN)
          with tf.variable_scope("output"):
            dense("dense", HIDDEN, HIDDEN)
            layer_norm()
        with tf.variable_scope("intermediate"):
          dense("dense", HIDDEN, INTERMEDIATE)
        with tf.variable_scope("output"):
          dense("dense", INTERMEDIATE, HIDDEN)
          layer_norm()
  with tf.variable_scope("pooler"):
    dense("dense", HIDDEN, HIDDEN)

output_weights = tf.get_variable("output_weights", [2, HIDDEN], initializer=tf.truncated_normal_initializer(stddev=0.02))
output_bias = tf.get_variable("output_bias", [2], initializer=tf.zeros_initializer())
