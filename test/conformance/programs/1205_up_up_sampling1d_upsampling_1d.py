# Port of keras 3.15.1 keras/src/layers/reshaping/up_sampling1d_test.py UpSamplingTest.test_upsampling_1d: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.UpSampling1D(**{'size': 2})
layer.build([3, 5, 4])
