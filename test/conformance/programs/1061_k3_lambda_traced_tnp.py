# Keras 3's Lambda without output_shape: Keras traces function(inputs, **arguments) on the KerasTensor to learn the
# output's shape (lambda_layer.py compute_output_shape), so the Dense layers after it are sized by what the function
# returns (ops.convert_to_tensor and reductions in it). And tf.experimental.numpy ops inside a subclassed model's call
# (matmul of rank-2 operands, maximum, add) keep their shapes, so the weights a later layer builds are known.
import numpy as np
import tensorflow as tf
import tensorflow.experimental.numpy as tnp
import keras
from keras import layers, ops

x = keras.Input((4, 8, 16))
a = layers.Softmax(axis=2)(x)
a = layers.Lambda(lambda t: ops.divide(t, ops.convert_to_tensor(1e-9) + ops.sum(t, axis=-1, keepdims=True)))(a)
y1 = layers.Dense(3)(a)
b = layers.Lambda(lambda t, k: ops.mean(t, axis=k), arguments={"k": 1})(x)
y2 = layers.Dense(5)(b)
c = layers.Lambda(lambda ts: ops.concatenate(ts, axis=-1))([x, x])
y3 = layers.Dense(2)(c)


class TnpNet(keras.Model):
    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], 6), name="w")
        self.head = layers.Dense(2, name="head")

    def call(self, inputs):
        h = tnp.maximum(tnp.matmul(inputs, self.w), 0.0)
        return self.head(tnp.add(h, 1.0))


net = TnpNet()
net.compile(optimizer="sgd", loss="mse")
net.fit(np.zeros((8, 3), "float32"), np.zeros((8, 2), "float32"), epochs=1, verbose=0)
print(y1.shape, y2.shape, y3.shape)
