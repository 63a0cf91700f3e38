# Keras 2 models through compile and fit, eagerly as TF 2.x ran them (engine/training.py, compile_utils.py,
# optimizer_v2): compile makes the loss tracker's total/count and the int64 steps-per-execution variable; the first
# train step makes the optimizer's iter, its hyperparameters (sorted by name: decay, learning_rate, momentum, rho ...)
# and its slots (<opt>/<var>/<slot>) for the trainable weights only, then the compiled metrics' total/count; evaluate
# builds metrics that are not built; a layer set untrainable gets no slots from the next optimizer.
import numpy as np
import tensorflow as tf
from tensorflow.python import keras
from tensorflow.python.keras import layers
from tensorflow.python.keras.optimizer_v2 import adadelta, adagrad, adam, adamax, gradient_descent, rmsprop
# TF 2.21's frozen Keras 2 still looks for TF <= 2.15's input_lib.DistributedDatasetInterface (the same class)
from tensorflow.python.distribute import input_lib
from tensorflow.python.types import distribute as distribute_types
input_lib.DistributedDatasetInterface = distribute_types.DistributedDatasetInterface

x = np.zeros((8, 4), "float32")
y = np.zeros((8, 2), "float32")


def mlp():
    return keras.Sequential([layers.Dense(3, input_shape=(4,)), layers.Dense(2)])


m1 = mlp()
m1.compile(optimizer=adam.Adam(learning_rate=0.01, amsgrad=True), loss="mse", metrics=["mae", "accuracy"], run_eagerly=True)
m1.fit(x, y, epochs=1, batch_size=4, verbose=0)
m2 = mlp()
m2.compile(optimizer=rmsprop.RMSprop(lr=0.02, momentum=0.5, centered=True, decay=0.1), loss="mse", run_eagerly=True)
m2.evaluate(x, y, verbose=0)
m2.train_on_batch(x, y)
m3 = mlp()
m3.layers[0].trainable = False
m3.compile(optimizer=gradient_descent.SGD(momentum=0.9), loss="mse", metrics=["acc"], run_eagerly=True)
m3.fit(x, y, epochs=1, verbose=0)
for opt in (adadelta.Adadelta(rho=0.9), adagrad.Adagrad(initial_accumulator_value=0.5), adamax.Adamax()):
    m = mlp()
    m.compile(optimizer=opt, loss="mse", run_eagerly=True)
    m.fit(x, y, epochs=1, verbose=0)
