# Port of keras 3.15.1 keras/src/layers/rnn/rnn_test.py RNNTest.test_basics: keras.layers.RNN over one custom cell
# (one state given as an int, a list or a tuple; two states), with and without return_sequences, each built on
# (3, 2, 4); the output shapes the test asserts made visible as zeros variables of compute_output_shape.
import numpy as np
import keras
from keras import ops


class OneStateCell(keras.layers.Layer):
    def __init__(self, units, state_size=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.state_size = state_size if state_size else units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), initializer="ones", name="kernel")
        self.recurrent_kernel = self.add_weight(shape=(self.units, self.units), initializer="ones", name="recurrent_kernel")

    def call(self, inputs, states):
        out = ops.matmul(inputs, self.kernel) + ops.matmul(states[0], self.recurrent_kernel)
        return out, [out]


class TwoStateCell(keras.layers.Layer):
    def __init__(self, units, state_size=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.state_size = state_size if state_size else [units, units]
        self.output_size = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), initializer="ones", name="kernel")
        self.recurrent_kernel_1 = self.add_weight(shape=(self.units, self.units), initializer="ones", name="recurrent_kernel_1")
        self.recurrent_kernel_2 = self.add_weight(shape=(self.units, self.units), initializer="ones", name="recurrent_kernel_2")

    def call(self, inputs, states):
        h = ops.matmul(inputs, self.kernel)
        a = h + ops.matmul(states[0], self.recurrent_kernel_1)
        b = h + ops.matmul(states[0], self.recurrent_kernel_2)
        return a + b, [a, b]


cases = [
    (OneStateCell(5, state_size=5), False), (OneStateCell(5, state_size=[5]), False), (OneStateCell(5, state_size=(5,)), False),
    (OneStateCell(5), True), (TwoStateCell(5, state_size=[5, 5]), False), (TwoStateCell(5, state_size=(5, 5)), False),
    (TwoStateCell(5), True),
]
for i, (cell, sequences) in enumerate(cases):
    layer = keras.layers.RNN(cell, return_sequences=sequences)
    layer.build((3, 2, 4))
    keras.Variable(np.zeros(layer.compute_output_shape((3, 2, 4))), name=f"out_{i}")
