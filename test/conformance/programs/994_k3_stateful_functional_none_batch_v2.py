# keras.Input without a batch size in front of a stateful LSTM: the functional call builds it on (None, 6, 2) and raises.
import keras

inputs = keras.Input((6, 2))
x = keras.layers.Dense(3)(inputs)
y = keras.layers.LSTM(4, stateful=True)(x)
