# Port of keras 3.15.1 keras/src/layers/preprocessing/image_preprocessing/mix_up_test.py MixUpTest.test_layer: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.MixUp(**{'alpha': 0.2})
layer.build([8, 3, 4, 3])
