# Keras 3: an LSTM's unit_forget_bias (default True) builds its bias from the bias initializer for the input gate,
# ones for the forget gate and the initializer again for the rest, whichever bias initializer is given; switched
# off, the initializer fills the whole bias. ConvLSTM2D's cell does the same with its filters.
import keras

inp = keras.Input(shape=(5, 3))
a = keras.layers.LSTM(2, bias_initializer="zeros", name="given_zeros")(inp)
b = keras.layers.LSTM(2, bias_initializer="ones", name="given_ones", return_sequences=True)(inp)
c = keras.layers.LSTM(2, bias_initializer=keras.initializers.Constant(0.5), name="given_const")(b)
d = keras.layers.LSTM(2, bias_initializer="ones", unit_forget_bias=False, name="no_forget")(inp)
model = keras.Model(inp, [a, c, d])

frames = keras.Input(shape=(2, 6, 6, 1))
e = keras.layers.ConvLSTM2D(2, 3, bias_initializer=keras.initializers.Constant(-1.0), name="conv_lstm")(frames)
conv_model = keras.Model(frames, e)
