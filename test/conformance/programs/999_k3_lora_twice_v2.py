# enable_lora twice on one layer raises the second time (the first LoRA weights stay).
import keras

layer = keras.layers.Conv1D(4, 2)
layer.build((None, 10, 3))
layer.enable_lora(rank=2)
layer.enable_lora(rank=2)
