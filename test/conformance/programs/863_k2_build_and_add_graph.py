# Keras 2 in TF1 graph mode: build() called directly, Sequential.add (a first layer with input_shape builds at once;
# later adds build too), and clear_session(), which starts layer names again.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python import keras
from tensorflow.python.keras import layers

d = layers.Dense(3)
d.build((None, 4))
model = keras.Sequential()
model.add(layers.Dense(5, input_shape=(4,)))
model.add(layers.Dense(2))
keras.backend.clear_session()
x = tf.placeholder(tf.float32, [None, 4])
layers.Dense(7)(x)
