# tf.math.unsorted_segment_{sum,mean,max} give num_segments rows, each shaped like data past segment_ids' rank
# (a graph convolution's neighbour aggregation): the width concatenated after it reaches the next layer's kernel.
import numpy as np
import tensorflow as tf
import keras
from keras import layers

features = tf.zeros((5, 2, 3, 4))
ids = np.array([0, 0, 1, 3, 4, 4])
neighbours = tf.gather(features, np.array([1, 2, 0, 4, 3, 1]))
mean = tf.math.unsorted_segment_mean(neighbours, ids, num_segments=5)
total = tf.math.unsorted_segment_sum(neighbours, ids, 5)
top = tf.math.unsorted_segment_max(tf.zeros((6, 7)), ids, num_segments=9)
h = tf.concat([mean, total], axis=-1)
d1 = layers.Dense(2, name="after_mean")
d1(h)
d2 = layers.Dense(2, name="after_max")
d2(top)
pairs = tf.math.unsorted_segment_sum(tf.zeros((2, 3, 6)), np.array([[0, 1, 1], [2, 2, 0]]), 3)
d3 = layers.Dense(2, name="pairs")
d3(pairs)
