# Loop over dict items (insertion order) and sorted keys.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

shapes = {"kernel": [3, 3, 1, 8], "bias": [8], "scale": [8]}
with tf.variable_scope("conv"):
    for name, shape in shapes.items():
        tf.get_variable(name, shape)
with tf.variable_scope("sorted"):
    for name in sorted(shapes):
        tf.get_variable(name, shapes[name], initializer=tf.ones_initializer())
