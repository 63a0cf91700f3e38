# Port of keras 3.15.1 keras/src/layers/regularization/spatial_dropout_test.py SpatialDropoutTest.test_spatial_dropout_2d: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.SpatialDropout2D(**{'rate': 0.5})
layer.build([2, 3, 4, 5])
layer = keras.layers.SpatialDropout2D(**{'rate': 0.5, 'data_format': 'channels_first'})
layer.build([2, 3, 4, 5])
