# Port of keras 3.15.1 keras/src/layers/preprocessing/image_preprocessing/random_shear_test.py RandomShearTest.test_layer: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.RandomShear(**{'x_factor': [0.5, 1], 'y_factor': [0.5, 1], 'interpolation': 'bilinear', 'fill_mode': 'reflect', 'data_format': 'channels_last', 'seed': 1})
layer.build([8, 3, 4, 3])
