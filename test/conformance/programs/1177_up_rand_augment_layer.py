# Port of keras 3.15.1 keras/src/layers/preprocessing/image_preprocessing/rand_augment_test.py RandAugmentTest.test_layer: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.RandAugment(**{'value_range': [0, 255], 'num_ops': 2, 'factor': 1, 'interpolation': 'nearest', 'seed': 1, 'data_format': 'channels_last'})
layer.build([8, 3, 4, 3])
