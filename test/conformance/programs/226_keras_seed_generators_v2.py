# Keras 3 SeedGenerators own a state variable: Keras's global one (keras.random.* without seed=, once per
# set_random_seed), a direct keras.random.SeedGenerator(), MultiHeadAttention's dropout (made while it builds).
import keras

keras.utils.set_random_seed(1)
noise = keras.random.normal((2,))
more = keras.random.uniform((2,))
gen = keras.random.SeedGenerator()
q = keras.Input((3, 8))
att = keras.layers.MultiHeadAttention(2, 4, dropout=0.1)(q, q)
out = keras.layers.Dense(2)(att)
model = keras.Model(q, out)
keras.utils.set_random_seed(2)
again = keras.random.normal((1,))
