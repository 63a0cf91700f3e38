# Port of keras 3.15.1 keras/src/layers/preprocessing/image_preprocessing/max_num_bounding_box_test.py MaxNumBoundingBoxesTest.test_max_num_bounding_boxes_basics: each run_layer_test case's layer built on its
# input shape (run_layer_test's build step: the weights and seed generators it asserts the counts of).
import keras

layer = keras.layers.MaxNumBoundingBoxes(**{'max_number': 40, 'fill_value': -1})
layer.build([12, 12, 3])
