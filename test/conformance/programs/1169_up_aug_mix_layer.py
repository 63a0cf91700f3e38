# Port of keras 3.15.1 keras/src/layers/preprocessing/image_preprocessing/aug_mix_test.py RandAugmentTest.test_layer: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.AugMix(**{'value_range': [0, 255], 'num_chains': 2, 'chain_depth': 2, 'factor': 1, 'alpha': 1.0, 'all_ops': True, 'interpolation': 'nearest', 'seed': 43, 'data_format': 'channels_last'})
layer.build([8, 3, 4, 3])
