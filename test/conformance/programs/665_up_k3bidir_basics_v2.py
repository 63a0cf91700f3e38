# Port of keras 3.15.1 keras/src/layers/rnn/bidirectional_test.py BidirectionalTest.test_basics: Bidirectional(SimpleRNN(4)) and one with an explicit backward layer and merge_mode="sum"
# on (3, 2, 4): forward and backward weights.
import numpy as np
import keras
import tensorflow as tf

layer = keras.layers.Bidirectional(layer=keras.layers.SimpleRNN(4))
layer.build((3, 2, 4))
layer = keras.layers.Bidirectional(layer=keras.layers.SimpleRNN(4), backward_layer=keras.layers.SimpleRNN(4, go_backwards=True), merge_mode="sum")
layer.build((3, 2, 4))
