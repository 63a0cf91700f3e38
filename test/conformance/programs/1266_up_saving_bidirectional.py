# Ported from keras/src/saving/saving_lib_test.py test_bidirectional_lstm_saving, with a GRU wrapped with its own
# backward layer and a layer already named forward_*: Bidirectional.from_config deserializes both directions, makes
# the wrapper on them (the forward one re-made again, `forward_` + the name without that prefix) and builds it.
import numpy as np
import keras

inputs = keras.Input((3, 2))
outputs = keras.layers.Bidirectional(keras.layers.LSTM(64))(inputs)
model = keras.Model(inputs, outputs)
model.save("/tmp/tfscope_conformance_1266.keras")
new_model = keras.saving.load_model("/tmp/tfscope_conformance_1266.keras")
x = np.random.random((1, 3, 2))
ref_out = model(x)
out = new_model(x)

inp = keras.Input((5, 4))
h = keras.layers.Bidirectional(keras.layers.GRU(3, return_sequences=True), backward_layer=keras.layers.GRU(3, go_backwards=True, return_sequences=True))(inp)
h = keras.layers.Bidirectional(keras.layers.SimpleRNN(2, name="forward_rnn"), merge_mode="sum")(h)
m2 = keras.Model(inp, keras.layers.Dense(1)(h))
m2.compile("adam", "mse")
m2.save("/tmp/tfscope_conformance_1266_b.keras")
m3 = keras.models.load_model("/tmp/tfscope_conformance_1266_b.keras")
