# Keras 3: a subclassed layer called on a list of tensors gets the list of their shape tuples in build
# (Layer._maybe_build / get_shapes_dict), and a list it returns carries it into the functional model, so fit gives its
# weights optimizer slots. NumPy: np.divide(x, 255.0) is x / 255.0; np.swapaxes of a list of equal arrays stacks them
# first; list() of an array splits its first axis.
import numpy as np
import keras
from keras import layers, ops

x = np.random.randint(0, 256, (40, 6, 5)).astype("uint8")
x = np.divide(x, 255.0)
bags = [x[np.random.choice(x.shape[0], 3, replace=False)] for _ in range(8)]
data = list(np.swapaxes(bags, 0, 1))
labels = np.zeros((8, 1), "int64")
shape = data[0][0].shape


class Scores(layers.Layer):
    def build(self, input_shape):
        self.v = self.add_weight(shape=(input_shape[0][1], 4), name="v")
        self.w = self.add_weight(shape=(4, 1), name="w")

    def call(self, inputs):
        s = [ops.matmul(ops.tanh(ops.matmul(t, self.v)), self.w) for t in inputs]
        a = ops.softmax(ops.stack(s), axis=0)
        return [a[i] for i in range(len(inputs))]


ins, embs = [], []
for _ in range(3):
    inp = layers.Input(shape)
    ins.append(inp)
    embs.append(layers.Dense(7)(layers.Flatten()(inp)))
alpha = Scores(name="alpha")(embs)
out = layers.Dense(2, activation="softmax")(layers.concatenate([layers.multiply([alpha[i], embs[i]]) for i in range(3)], axis=1))
model = keras.Model(ins, out)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(data, labels, epochs=1, batch_size=4, verbose=0)
