# A Keras 2 Sequential called on a tensor is a layer of the functional model built on its output (network.py keeps
# the nested model in model.layers), so its weights are among the model's trainable weights and fit's optimizer
# makes their slots (eager TF2, run_eagerly as TF 2.x's compile allowed).
import numpy as np
from tensorflow.python import keras
from tensorflow.python.keras import layers
from tensorflow.python.keras.optimizer_v2 import rmsprop
# TF 2.21's frozen Keras 2 still looks for TF <= 2.15's input_lib.DistributedDatasetInterface (the same class)
from tensorflow.python.distribute import input_lib
from tensorflow.python.types import distribute as distribute_types
input_lib.DistributedDatasetInterface = distribute_types.DistributedDatasetInterface

story = keras.Input((6,))
question = keras.Input((3,))
encoder_m = keras.Sequential()
encoder_m.add(layers.Embedding(input_dim=15, output_dim=4))
encoder_m.add(layers.Dropout(0.3))
encoder_c = keras.Sequential()
encoder_c.add(layers.Embedding(input_dim=15, output_dim=3))
question_encoder = keras.Sequential([layers.Embedding(15, 4, input_length=3), layers.Dropout(0.3)])
match = layers.dot([encoder_m(story), question_encoder(question)], axes=(2, 2))
response = layers.add([match, encoder_c(story)])
answer = layers.Dense(5)(layers.Flatten()(response))
model = keras.Model([story, question], answer)
model.compile(optimizer=rmsprop.RMSprop(), loss="mse", run_eagerly=True)
model.fit([np.zeros((4, 6)), np.zeros((4, 3))], np.zeros((4, 5)), epochs=1, batch_size=4, verbose=0)
