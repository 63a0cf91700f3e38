# Port of keras 3.15.1 keras/src/layers/regularization/gaussian_noise_test.py GaussianNoiseTest.test_gaussian_noise_basics: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.GaussianNoise(**{'stddev': 0.2})
layer.build([2, 3])
