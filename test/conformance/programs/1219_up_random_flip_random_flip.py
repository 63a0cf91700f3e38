# Port of keras 3.15.1 keras/src/layers/preprocessing/image_preprocessing/random_flip_test.py RandomFlipTest.test_random_flip: each parameter set's run_layer_test layer built on its
# input shape, and its compute_output_shape (None dims as 1) made visible as a zeros variable.
import numpy as np
import keras

layer = keras.layers.RandomFlip(**{'mode': 'horizontal'})
layer.build([2, 3, 4])
keras.Variable(np.zeros([1 if d is None else d for d in layer.compute_output_shape([2, 3, 4])]), name='out_0')
layer = keras.layers.RandomFlip(**{'mode': 'vertical'})
layer.build([2, 3, 4])
keras.Variable(np.zeros([1 if d is None else d for d in layer.compute_output_shape([2, 3, 4])]), name='out_1')
layer = keras.layers.RandomFlip(**{'mode': 'horizontal_and_vertical'})
layer.build([2, 3, 4])
keras.Variable(np.zeros([1 if d is None else d for d in layer.compute_output_shape([2, 3, 4])]), name='out_2')
