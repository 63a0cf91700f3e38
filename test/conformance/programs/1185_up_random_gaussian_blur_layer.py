# Port of keras 3.15.1 keras/src/layers/preprocessing/image_preprocessing/random_gaussian_blur_test.py RandomGaussianBlurTest.test_layer: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.RandomGaussianBlur(**{'factor': 1.0, 'kernel_size': 3, 'sigma': 0, 'value_range': [0, 255], 'seed': 1})
layer.build([8, 3, 4, 3])
