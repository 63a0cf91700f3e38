# Keras 3 life: residual blocks joined with layers.add([...]) (the function) and compiled with AdamW.
import keras
from keras import layers

inputs = keras.Input(shape=(28, 28, 1), name="img")
x = layers.Conv2D(16, 3, activation="relu")(inputs)
block_1_output = layers.MaxPooling2D(2)(x)

x = layers.Conv2D(16, 3, activation="relu", padding="same")(block_1_output)
x = layers.Conv2D(16, 3, activation="relu", padding="same")(x)
block_2_output = layers.add([x, block_1_output])

x = layers.Conv2D(16, 3, activation="relu", padding="same")(block_2_output)
block_3_output = layers.Add()([x, block_2_output])
x = layers.GlobalAveragePooling2D()(block_3_output)
outputs = layers.Dense(10)(x)
model = keras.Model(inputs, outputs, name="toy_resnet")
model.compile(optimizer=keras.optimizers.AdamW(), loss="categorical_crossentropy", metrics=["acc"])
