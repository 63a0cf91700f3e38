# A constraint on the kernel and lora_rank: Dense builds its kernel and bias, then enable_lora raises.
import keras

layer = keras.layers.Dense(4, kernel_constraint="max_norm", lora_rank=2)
layer.build((None, 3))
