# A stateful LSTM keeps its two states (h, c) in variables named rnn_state under the layer, shaped by the static
# batch size of its input (keras.Input with batch_size), after the cell's weights; a stateful SimpleRNN built later too.
import keras

model = keras.Sequential([
    keras.Input((7, 3), batch_size=4),
    keras.layers.LSTM(6, stateful=True, return_sequences=True),
    keras.layers.GRU(2, stateful=True, reset_after=False),
])
rnn = keras.layers.SimpleRNN(5, stateful=True)
rnn.build((8, 2, 3))
