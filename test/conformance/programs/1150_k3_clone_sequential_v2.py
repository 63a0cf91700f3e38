# keras.models.clone_model on Sequential models: each layer re-made from its config keeps its name (the clone's
# variables have the original's paths), unseeded initializers and Dropout's seed generator draw again, an input
# given by the first layer's input_shape becomes the clone's Input; a model without an input stays unbuilt until called.
import numpy as np
import keras
import tensorflow as tf

keras.utils.set_random_seed(7)
m = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3, name="hidden"), keras.layers.Dropout(0.5), keras.layers.Dense(2)])
t = keras.models.clone_model(m)
t.compile(optimizer="adam", loss="mse")
u = keras.Sequential([keras.layers.Dense(5, input_shape=(3,), kernel_initializer=keras.initializers.HeNormal(seed=3))])
v = keras.models.clone_model(u)
w = keras.Sequential([keras.layers.Embedding(10, 4), keras.layers.GRU(2)])
x = keras.models.clone_model(w)
out = x(np.zeros((2, 5), "int32"))
