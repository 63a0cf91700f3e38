# Port of TF legacy_tf_layers/convolutional_test.py Conv3DTransposeTest.testConv3DTransposePaddingSame: kernel_size from a TensorShape slice (5, 7, 9): kernel (5, 7, 9, 32, 64).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import convolutional as conv_layers

volumes = tf.random_uniform((5, 5, 7, 9, 64), seed=1)
layer = conv_layers.Conv3DTranspose(32, volumes.get_shape()[1:4], padding="same")
output = layer.apply(volumes)
