# Port of keras 3.15.1 keras/src/layers/pooling/max_pooling_test.py MaxPoolingBasicTest.test_max_pooling1d: each parameter set's run_layer_test layer built on its
# input shape, and its compute_output_shape (None dims as 1) made visible as a zeros variable.
import numpy as np
import keras

layer = keras.layers.MaxPooling1D(**{'pool_size': 2, 'strides': 1, 'padding': 'valid', 'data_format': 'channels_last'})
layer.build([3, 5, 4])
keras.Variable(np.zeros([1 if d is None else d for d in layer.compute_output_shape([3, 5, 4])]), name='out_0')
layer = keras.layers.MaxPooling1D(**{'pool_size': 2, 'strides': 1, 'padding': 'same', 'data_format': 'channels_first'})
layer.build([3, 5, 4])
keras.Variable(np.zeros([1 if d is None else d for d in layer.compute_output_shape([3, 5, 4])]), name='out_1')
layer = keras.layers.MaxPooling1D(**{'pool_size': [2], 'strides': [2], 'padding': 'valid', 'data_format': 'channels_last'})
layer.build([3, 5, 4])
keras.Variable(np.zeros([1 if d is None else d for d in layer.compute_output_shape([3, 5, 4])]), name='out_2')
