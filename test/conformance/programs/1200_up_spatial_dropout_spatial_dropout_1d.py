# Port of keras 3.15.1 keras/src/layers/regularization/spatial_dropout_test.py SpatialDropoutTest.test_spatial_dropout_1d: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.SpatialDropout1D(**{'rate': 0.5})
layer.build([2, 3, 4])
layer = keras.layers.SpatialDropout1D(**{'rate': 0.5})
layer.build([2, 3, 4])
