# Keras 2 convolution, embedding and recurrent layers in TF1 graph mode: weight names, shapes, default initializers.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.keras import layers

images = tf.placeholder(tf.float32, [None, 8, 8, 3])
h = layers.Conv2D(4, 3)(images)
h = layers.MaxPooling2D()(h)
h = layers.Conv2D(6, (2, 2), padding="same", use_bias=False)(h)
h = layers.Flatten()(h)
layers.Dense(2)(h)
ids = tf.placeholder(tf.int32, [None, 7])
e = layers.Embedding(10, 4)(ids)
layers.SimpleRNN(3)(e)
