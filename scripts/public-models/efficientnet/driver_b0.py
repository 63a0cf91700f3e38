"""EfficientNet-B0 built as main.py's model_fn builds it (tensorflow/tpu models/official/efficientnet):
efficientnet_builder.build_model(images, 'efficientnet-b0', training=True) on 224x224 images, the label-smoothed
cross-entropy with weight decay 1e-5 on every non-batch-norm variable, utils.build_optimizer's RMSProp (decay 0.9,
momentum 0.9, epsilon 0.001) over the UPDATE_OPS, then the exponential moving average (decay 0.9999) of
utils.get_ema_vars() applied after the train op, all with main.py's flag defaults."""
import tensorflow.compat.v1 as tf

import efficientnet_builder
import utils

tf.disable_v2_behavior()

images = tf.placeholder(tf.float32, shape=[32, 224, 224, 3], name="images")
labels = tf.placeholder(tf.int32, shape=[32], name="labels")

logits, _ = efficientnet_builder.build_model(images, model_name="efficientnet-b0", training=True)

one_hot_labels = tf.one_hot(labels, 1000)
cross_entropy = tf.losses.softmax_cross_entropy(logits=logits, onehot_labels=one_hot_labels, label_smoothing=0.1)
loss = cross_entropy + 1e-5 * tf.add_n(
    [tf.nn.l2_loss(v) for v in tf.trainable_variables() if "batch_normalization" not in v.name])

global_step = tf.train.get_or_create_global_step()
ema = tf.train.ExponentialMovingAverage(decay=0.9999, num_updates=global_step)
ema_vars = utils.get_ema_vars()

learning_rate = utils.build_learning_rate(0.016 * (32 / 256.0), global_step, 1251 * 32 // 32)
optimizer = utils.build_optimizer(learning_rate, optimizer_name="rmsprop")
update_ops = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
with tf.control_dependencies(update_ops):
  train_op = optimizer.minimize(loss, global_step)
with tf.control_dependencies([train_op]):
  train_op = ema.apply(ema_vars)
