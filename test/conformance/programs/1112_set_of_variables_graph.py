# In TF1 graph mode variables hash by identity: a set of them (efficientnet's `list(set(ema_vars))` over trainable
# variables plus the moving statistics found twice) keeps each variable once, so the moving average made for each
# exists once per variable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

a = tf.get_variable("a", [3])
b = tf.get_variable("b", [2], trainable=False)
tf.add_to_collection("moving_vars", b)
found = tf.trainable_variables() + tf.get_collection("moving_vars")
for v in tf.global_variables():
    if v.name.startswith("b"):
        found.append(v)
uniq = list(set(found))
ema = tf.train.ExponentialMovingAverage(0.99)
ema.apply(uniq)
count = tf.get_variable("count", [len(uniq), len(found)])
