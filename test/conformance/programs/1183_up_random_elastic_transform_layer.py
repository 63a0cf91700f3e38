# Port of keras 3.15.1 keras/src/layers/preprocessing/image_preprocessing/random_elastic_transform_test.py RandomElasticTransformTest.test_layer: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.RandomElasticTransform(**{'factor': 1.0, 'scale': 0.5, 'interpolation': 'bilinear', 'fill_mode': 'reflect', 'fill_value': 0, 'value_range': [0, 255], 'seed': 1})
layer.build([8, 3, 4, 3])
