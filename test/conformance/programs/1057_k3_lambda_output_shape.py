# Keras 3: Lambda overrides compute_output_shape, so a symbolic call's output is (batch,) + output_shape when that is a
# shape tuple, the batch being the first input's first dim, whatever the function itself would return; without
# output_shape Keras traces the function. The layers after it are sized by that shape.
import keras
from keras import layers, ops

a = keras.Input((6,))
b = keras.Input((6,))
# the distance is [batch, 1]; output_shape says so
d = layers.Lambda(lambda v: ops.sum(ops.square(v[0] - v[1]), axis=1, keepdims=True), output_shape=(1,))([a, b])
d = layers.BatchNormalization()(d)
y1 = layers.Dense(2)(d)

# output_shape disagrees with the function ([batch, 6]): Keras takes output_shape
c = keras.Input((4, 6), batch_size=3)
e = layers.Lambda(lambda v: v[:, 0, :], output_shape=(5, 7))(c)
y2 = layers.Dense(3)(e)

# None inside the tuple
f = layers.Lambda(lambda v: v, output_shape=(None, 2))(keras.Input((8, 2)))
y3 = layers.Dense(4)(f)

model = keras.Model([a, b], y1)
print(y1.shape, y2.shape, y3.shape)
