# Port of keras 3.15.1 keras/src/layers/core/identity_test.py IdentityTest.test_identity_basics: each parameter set's run_layer_test layer built on its
# input shape, and its compute_output_shape (None dims as 1) made visible as a zeros variable.
import numpy as np
import keras

layer = keras.layers.Identity(**{})
layer.build([2, 3])
keras.Variable(np.zeros([1 if d is None else d for d in layer.compute_output_shape([2, 3])]), name='out_0')
layer = keras.layers.Identity(**{})
layer.build([2, 3])
keras.Variable(np.zeros([1 if d is None else d for d in layer.compute_output_shape([2, 3])]), name='out_1')
