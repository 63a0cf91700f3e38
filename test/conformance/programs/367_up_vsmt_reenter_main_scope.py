# Port of TF variable_scope_test.py VariableScopeMultithreadedTest.testReenterMainScope: a thread entering the
# main thread's scope object gets main/foo/v; its own new scope is bar/v (variable scopes are per thread).
import threading
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def thread_fn(graph, main_thread_scope):
    with graph.as_default():
        with tf.variable_scope(main_thread_scope):
            with tf.variable_scope("foo"):
                v = tf.get_variable("v", [])
        with tf.variable_scope("bar"):
            v = tf.get_variable("v", [])

graph = tf.get_default_graph()
with tf.variable_scope("main") as main_thread_scope:
    thread = threading.Thread(target=thread_fn, args=(graph, main_thread_scope))
    thread.start()
    thread.join()
