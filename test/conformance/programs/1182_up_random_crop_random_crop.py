# Port of keras 3.15.1 keras/src/layers/preprocessing/image_preprocessing/random_crop_test.py RandomCropTest.test_random_crop: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.RandomCrop(**{'height': 2, 'width': 2, 'data_format': 'channels_last'})
layer.build([1, 3, 4, 3])
layer = keras.layers.RandomCrop(**{'height': 2, 'width': 2, 'data_format': 'channels_last'})
layer.build([3, 4, 3])
layer = keras.layers.RandomCrop(**{'height': 2, 'width': 2, 'data_format': 'channels_first'})
layer.build([1, 3, 3, 4])
layer = keras.layers.RandomCrop(**{'height': 2, 'width': 2, 'data_format': 'channels_first'})
layer.build([3, 3, 4])
