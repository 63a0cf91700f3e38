# Keras 3 convolution constructors check their arguments in two places: standardize_tuple right after
# Layer.__init__ took the name (before any initializer is made), the value checks after the initializers
# drew their seeds. A failed constructor still uses up its name; the seeds it drew shift the later layers'.
import keras
import tensorflow as tf

keras.utils.set_random_seed(3)
try:
    keras.layers.Conv2D(4, 3, strides=2, dilation_rate=2)
except ValueError:
    tf.Variable(0.0, name="caught_after_draws")
try:
    keras.layers.Conv2D(4, (3, 0))
except ValueError:
    tf.Variable(0.0, name="caught_before_draws")
try:
    keras.layers.Conv1DTranspose(3, 2, strides=2, output_padding=-1)
except ValueError:
    tf.Variable(0.0, name="caught_negative_output_padding")
c = keras.layers.Conv2D(2, 3)
c.build((None, 5, 5, 1))
t = keras.layers.Conv2DTranspose(2, 3, strides=2, output_padding=1)
t.build((None, 4, 4, 3))
keras.layers.SeparableConv2D(2, (-1, -3))
