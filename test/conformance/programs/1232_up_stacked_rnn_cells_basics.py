# Port of keras 3.15.1 keras/src/layers/rnn/stacked_rnn_cells_test.py StackedRNNTest.test_basics (its cells rewritten
# from keras/src/layers/rnn/rnn_test.py): keras.layers.RNN over a list of three custom cells with one state, then
# with return_sequences, then over cells with two states, each built on (2, 3, 4).
import keras
from keras import ops


class OneStateCell(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.state_size = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), initializer="ones", name="kernel")
        self.recurrent_kernel = self.add_weight(shape=(self.units, self.units), initializer="ones", name="recurrent_kernel")

    def call(self, inputs, states):
        out = ops.matmul(inputs, self.kernel) + ops.matmul(states[0], self.recurrent_kernel)
        return out, [out]


class TwoStateCell(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.state_size = [units, units]
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


layer = keras.layers.RNN([OneStateCell(3), OneStateCell(4), OneStateCell(5)])
layer.build((2, 3, 4))
layer = keras.layers.RNN([OneStateCell(3), OneStateCell(4), OneStateCell(5)], return_sequences=True)
layer.build((2, 3, 4))
layer = keras.layers.RNN([TwoStateCell(3), TwoStateCell(4), TwoStateCell(5)])
layer.build((2, 3, 4))
