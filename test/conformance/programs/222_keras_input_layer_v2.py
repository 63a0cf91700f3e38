# keras.layers.InputLayer with Keras 3's shape= and batch_shape= (and input_shape=) in a Sequential.
import tensorflow as tf

a = tf.keras.Sequential([
    tf.keras.layers.InputLayer(shape=(100,)),
    tf.keras.layers.Dense(50),
    tf.keras.layers.Dense(5),
], name="a")
b = tf.keras.Sequential([tf.keras.layers.InputLayer(batch_shape=(4, 6)), tf.keras.layers.Dense(2)], name="b")
c = tf.keras.Sequential(name="c")
c.add(tf.keras.layers.InputLayer(input_shape=(3,)))
c.add(tf.keras.layers.Dense(1))
d = tf.keras.Sequential([tf.keras.Input(batch_shape=(None, 9)), tf.keras.layers.Dense(2)], name="d")
