# Keras 2 convolution, pooling, embedding and recurrent layers eagerly: weight names, shapes, default initializers.
import tensorflow as tf
from tensorflow.python.keras import layers

images = tf.ones([2, 8, 8, 3])
h = layers.Conv2D(4, 3)(images)
h = layers.AveragePooling2D()(h)
h = layers.Conv2D(6, (2, 2), padding="same", use_bias=False)(h)
h = layers.Flatten()(h)
layers.Dense(2)(h)
e = layers.Embedding(10, 4)(tf.zeros([2, 7], tf.int32))
layers.SimpleRNN(3)(e)
layers.Conv1D(2, 3, data_format="channels_first")(tf.ones([2, 5, 9]))
