# Port of TF legacy_tf_layers/convolutional_test.py Conv3DTransposeTest.testCreateConv3DTransposeIntegerKernelSize: integer kernel_size 3: kernel (3, 3, 3, 4, 32).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

volumes = tf.random_uniform((5, 5, 7, 9, 32))
layer = conv_layers.Conv3DTranspose(4, 3)
output = layer.apply(volumes)
