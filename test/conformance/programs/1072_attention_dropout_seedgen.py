# Keras 3's Attention and AdditiveAttention own a SeedGenerator from construction when dropout > 0
# (attention.py: `if self.dropout > 0: self.seed_generator = SeedGenerator(seed)`); with the default 0.0 they own
# none. Its seed_generator[_N] name is taken in construction order among the model's other seed generators
# (the Perceiver's cross-attention layer before its feed-forward Dropout).
import numpy as np
import keras
from keras import layers

q_in = layers.Input((4, 8))
v_in = layers.Input((6, 8))
q = layers.Dense(8)(q_in)
a1 = layers.Attention(use_scale=True, dropout=0.1)([q, v_in, v_in])
a2 = layers.Attention()([q, v_in])
a3 = layers.AdditiveAttention(dropout=0.2)([q, v_in])
a4 = layers.Attention(dropout=0.0)([q, v_in])
x = layers.Dropout(0.3)(layers.Add()([a1, a2, a3, a4]))
model = keras.Model([q_in, v_in], layers.Dense(1)(layers.Flatten()(x)))
model.compile(optimizer="adam", loss="mse")
model.fit([np.zeros((4, 4, 8)), np.zeros((4, 6, 8))], np.zeros((4, 1)), epochs=1, verbose=0)
