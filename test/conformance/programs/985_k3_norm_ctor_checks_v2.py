# Keras 3 normalization constructors: renorm_clipping is only read with renorm=True; LayerNormalization's axis must
# be an int or a list/tuple (None and floats are TypeErrors, raised after Layer.__init__ took the name).
import keras
import tensorflow as tf

bn = keras.layers.BatchNormalization(renorm_clipping={"rmax": 0.0, "rmin": 1.0, "other": 2})
bn.build((None, 3))
try:
    keras.layers.LayerNormalization(axis=None)
except TypeError:
    tf.Variable(0.0, name="caught_axis_none")
ln = keras.layers.LayerNormalization(axis=[1])
ln.build((None, 4, 2))
keras.layers.LayerNormalization(axis=1.0)
