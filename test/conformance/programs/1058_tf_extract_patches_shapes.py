# tf.image.extract_patches: windows slid as a convolution would (rates act as dilations; SAME or VALID), each patch
# flattened into the last axis (size_rows * size_cols * depth). Variables sized from the result show its shape,
# including inside a Keras layer's call on a symbolic input, followed by a Reshape and a Dense.
import tensorflow as tf
import keras

img = tf.zeros([2, 10, 9, 3])
cases = [
    ([1, 3, 3, 1], [1, 1, 1, 1], [1, 1, 1, 1], "SAME"),
    ([1, 3, 2, 1], [1, 2, 3, 1], [1, 1, 1, 1], "VALID"),
    ([1, 2, 2, 1], [1, 2, 2, 1], [1, 2, 1, 1], "VALID"),
    ([1, 4, 1, 1], [1, 3, 1, 1], [1, 1, 2, 1], "SAME"),
]
for i, (sizes, strides, rates, padding) in enumerate(cases):
    p = tf.image.extract_patches(images=img, sizes=sizes, strides=strides, rates=rates, padding=padding)
    tf.Variable(tf.zeros(p.shape), name="patches_%d" % i)


class Patches(keras.layers.Layer):
    def call(self, x):
        return tf.image.extract_patches(x, [1, 4, 4, 1], [1, 4, 4, 1], [1, 1, 1, 1], "VALID")


inp = keras.Input((16, 16, 2))
y = Patches()(inp)
y = keras.layers.Reshape((16, 32))(y)
y = keras.layers.Dense(5)(y)
model = keras.Model(inp, y)
print(model.output.shape)
