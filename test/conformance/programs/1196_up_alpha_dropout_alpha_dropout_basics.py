# Port of keras 3.15.1 keras/src/layers/regularization/alpha_dropout_test.py AlphaDropoutTest.test_alpha_dropout_basics: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.AlphaDropout(**{'rate': 0.2})
layer.build([2, 3])
