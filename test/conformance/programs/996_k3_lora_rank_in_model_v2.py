# lora_rank= given to the constructors: enable_lora runs at the end of each layer's build, inside a model built on an
# input; a mixed-precision Dense keeps its LoRA weights in float32.
import keras

model = keras.Sequential([
    keras.Input((12,)),
    keras.layers.Embedding(50, 8, lora_rank=2),
    keras.layers.Conv1D(5, 3, lora_rank=4, use_bias=False),
    keras.layers.Dense(3, lora_rank=1, dtype="mixed_float16"),
])
n = model.count_params()
