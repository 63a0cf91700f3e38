# Keras 3 life: an LSTM whose states are unpacked and added with layers.add, then a Dense head; an unbuilt model
# compiled with SGD and no loss (compile only creates the loss tracker and optimizer variables).
import keras
from keras import layers

inp = keras.Input(shape=(7, 3))
out, h, c = layers.LSTM(6, return_state=True, return_sequences=True)(inp)
summed = layers.add([h, c])
pooled = layers.GlobalAveragePooling1D()(out)
both = layers.Concatenate()([summed, pooled])
head = layers.Dense(2)(both)
model = keras.Model(inp, head)
model.compile(optimizer=keras.optimizers.SGD(0.1, momentum=0.8, nesterov=True))
