# Port of TF variable_scope_test.py VariableScopeMultithreadedTest.testTwoThreadsDisjointScopeEntry: two
# threads (run one after the other) enter "foo" on the same graph; the second one's get_variable("v") is a
# duplicate and raises in that thread (caught there: marker variable).
import threading
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def thread_fn(i, graph):
    with graph.as_default():
        with tf.variable_scope("foo"):
            if i == 0:
                v = tf.get_variable("v", [])
            else:
                try:
                    tf.get_variable("v", [])
                except ValueError:
                    tf.Variable(0.0, name="caught_in_thread")

graph = tf.get_default_graph()
threads = [threading.Thread(target=thread_fn, args=(i, graph)) for i in range(2)]
threads[0].start()
threads[0].join()
threads[1].start()
threads[1].join()
