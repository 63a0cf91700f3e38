# Port of keras 3.15.1 keras/src/layers/preprocessing/image_preprocessing/cut_mix_test.py CutMixTest.test_layer: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.CutMix(**{'factor': 1.0, 'seed': 1})
layer.build([8, 3, 4, 3])
