# Streaming metrics create local variables under the metric's scope.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

labels = tf.placeholder(tf.int64, [None])
preds = tf.placeholder(tf.int64, [None])
acc, acc_update = tf.metrics.accuracy(labels, preds)
mean, mean_update = tf.metrics.mean(tf.cast(preds, tf.float32), name="avg_pred")
