# A stateful RNN on an input whose batch size is None raises when it builds (after its cell's weights).
import keras

ok = keras.layers.GRU(3, stateful=True)
ok.build((2, 4, 5))
layer = keras.layers.SimpleRNN(4, stateful=True)
layer.build((None, 10, 10))
