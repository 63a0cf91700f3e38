# Found by the Python difftest (seed 2026, program 294): three models (functional with a frozen Dense, functional with
# MultiHeadAttention on one tensor twice, a Sequential of layers without weights) and their parameter counts.
import tensorflow as tf
import keras
inp0 = keras.Input(shape=(7, 3))
h0_0 = keras.layers.Conv1DTranspose(4, (2), strides=2, padding="same")(inp0)
h0_1 = keras.layers.Conv1D(6, (2))(h0_0)
h0_2 = keras.layers.Dense(6, trainable=False)(h0_1)
h0_3 = keras.layers.Flatten()(h0_2)
model0 = keras.Model(inp0, h0_3)
inp1 = keras.Input(shape=(6,), dtype="int32")
h1_0 = keras.layers.Embedding(24, 6)(inp1)
h1_1 = keras.layers.MultiHeadAttention(num_heads=3, key_dim=2, value_dim=2)(h1_0, h1_0)
h1_2 = keras.layers.Conv1DTranspose(4, 3, strides=2, padding="same", bias_initializer="random_uniform")(h1_1)
h1_3 = keras.layers.Dense(7, activation="relu", kernel_initializer="lecun_uniform")(h1_2)
h1_4 = keras.layers.Dense(1, use_bias=False, kernel_initializer="truncated_normal", name="fc")(h1_3)
model1 = keras.Model(inp1, h1_4)
model2 = keras.Sequential(name="net2")
model2.add(keras.Input(shape=(3, 6, 6)))
model2.add(keras.layers.Dropout(0.5))
model2.add(keras.layers.MaxPooling2D(2))
model2.add(keras.layers.Flatten())
