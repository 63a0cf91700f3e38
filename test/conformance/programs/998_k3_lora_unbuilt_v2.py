# enable_lora before the layer is built raises; after the error nothing else is made.
import keras

ok = keras.layers.Dense(2)
ok.build((None, 2))
layer = keras.layers.Embedding(input_dim=7, output_dim=3)
layer.enable_lora(rank=2)
