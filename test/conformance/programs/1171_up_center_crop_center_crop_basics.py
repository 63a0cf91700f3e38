# Port of keras 3.15.1 keras/src/layers/preprocessing/image_preprocessing/center_crop_test.py CenterCropTest.test_center_crop_basics: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.CenterCrop(**{'height': 6, 'width': 6, 'data_format': 'channels_last'})
layer.build([2, 12, 12, 3])
layer = keras.layers.CenterCrop(**{'height': 7, 'width': 7, 'data_format': 'channels_first'})
layer.build([2, 3, 13, 13])
