# isinstance of a variable or tensor against numpy.ndarray or list is False, of a NumPy array against ndarray True:
# the BERT/ELECTRA get_shape_list helper takes its `tensor.shape.as_list()` branch for a variable (an embedding table).
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def shape_list(tensor):
    if isinstance(tensor, np.ndarray) or isinstance(tensor, list):
        return list(np.array(tensor).shape)
    return tensor.shape.as_list()


table = tf.get_variable("table", [50, 12])
x = tf.placeholder(tf.float32, [3, 12])
a = np.zeros([2, 3])
w = tf.get_variable("w", [shape_list(table)[-1], shape_list(x)[0], shape_list(a)[1], 1 if isinstance(a, np.ndarray) else 2])
