# Port of keras 3.15.1 keras/src/layers/pooling/global_max_pooling_test.py GlobalMaxPoolingBasicTest.test_global_max_pooling1d: each parameter set's run_layer_test layer built on its
# input shape, and its compute_output_shape (None dims as 1) made visible as a zeros variable.
import numpy as np
import keras

layer = keras.layers.GlobalMaxPooling1D(**{'data_format': 'channels_last', 'keepdims': False})
layer.build([3, 5, 4])
keras.Variable(np.zeros([1 if d is None else d for d in layer.compute_output_shape([3, 5, 4])]), name='out_0')
layer = keras.layers.GlobalMaxPooling1D(**{'data_format': 'channels_last', 'keepdims': True})
layer.build([3, 5, 4])
keras.Variable(np.zeros([1 if d is None else d for d in layer.compute_output_shape([3, 5, 4])]), name='out_1')
layer = keras.layers.GlobalMaxPooling1D(**{'data_format': 'channels_first', 'keepdims': False})
layer.build([3, 5, 4])
keras.Variable(np.zeros([1 if d is None else d for d in layer.compute_output_shape([3, 5, 4])]), name='out_2')
