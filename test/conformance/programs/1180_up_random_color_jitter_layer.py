# Port of keras 3.15.1 keras/src/layers/preprocessing/image_preprocessing/random_color_jitter_test.py RandomColorJitterTest.test_layer: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.RandomColorJitter(**{'value_range': [20, 200], 'brightness_factor': 0.2, 'contrast_factor': 0.2, 'saturation_factor': 0.2, 'hue_factor': 0.2, 'seed': 1})
layer.build([8, 3, 4, 3])
