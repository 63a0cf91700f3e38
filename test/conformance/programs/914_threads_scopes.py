# threading.Thread targets run with their own variable scope and name scope state on the shared graph: a
# thread inside nothing names its variables from the root (kwargs= too), a thread re-entering a captured scope
# object reuses it, and names the threads take stay taken for the main thread.
import threading
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

graph = tf.get_default_graph()


def worker(tag, scale=1):
    with graph.as_default():
        with tf.variable_scope("worker"):
            tf.get_variable(tag, [2 * scale])
            tf.Variable(0.0, name="probe")


def share(scope):
    with graph.as_default():
        with tf.variable_scope(scope, reuse=True):
            tf.get_variable("w", [3])
        with tf.variable_scope(scope.name + "_extra"):
            tf.get_variable("w", [1])


with tf.variable_scope("tower") as tower:
    w = tf.get_variable("w", [3])
    t = threading.Thread(target=worker, args=("a",), kwargs={"scale": 2})
    t.start()
    t.join()
    inner = tf.get_variable("inner", [1])
t2 = threading.Thread(target=share, args=(tower,))
t2.start()
t2.join()
with tf.variable_scope("worker"):
    tf.Variable(0.0, name="probe")
