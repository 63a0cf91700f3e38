# A subclass of a Keras 3 optimizer that only overrides methods is that optimizer, named auto_name(class name)
# (base_optimizer.py: snake_case of the subclass's name, uniquified) unless given a name: its iteration, learning rate
# and, once fit applies gradients, its slots (gradient centralization's GCRMSprop(RMSprop) overriding get_gradients).
import numpy as np
import keras
from keras import layers, ops
from keras.optimizers import RMSprop


class GCRMSprop(RMSprop):
    def get_gradients(self, loss, params):
        grads = []
        for grad in super().get_gradients():
            if len(grad.shape) > 1:
                grad -= ops.mean(grad, axis=list(range(len(grad.shape) - 1)), keepdims=True)
            grads.append(grad)
        return grads


class MyAdam(keras.optimizers.Adam):
    def describe(self):
        return "adam with a description"


x = np.zeros((8, 4), "float32")
y = np.zeros((8, 1), "float32")
opt = GCRMSprop(learning_rate=1e-4)
other = GCRMSprop(learning_rate=0.01)
named = MyAdam(0.002, name="custom")
model = keras.Sequential([keras.Input((4,)), layers.Dense(3), layers.Dense(1)])
model.compile(optimizer=opt, loss="mse")
model.fit(x, y, epochs=1, verbose=0)
model.compile(optimizer=named, loss="mse")
model.fit(x, y, epochs=1, verbose=0)
