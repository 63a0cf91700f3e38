"""MnasNet-A1 built as mnasnet_main.py's model_fn builds it (tensorflow/tpu models/official/mnasnet), with
configs/mnasnet_config.py's values: mnasnet_models.build_mnasnet_model(features, 'mnasnet-a1', training=True,
override_params={'use_keras': True}) on 224x224 images, the label-smoothed cross-entropy with weight decay 1e-5,
mnas_utils.build_optimizer (RMSProp) over the UPDATE_OPS and the moving average (0.9999) of mnas_utils.get_ema_vars().
mnas_utils imports efficientnet's utils from 'tpu/models/official/efficientnet' (relative to the folder above the
repository, where mnasnet_main.py is run from); here the driver runs in the mnasnet folder and adds that folder."""
import sys

import tensorflow.compat.v1 as tf

sys.path.append("../efficientnet")

import mnas_utils  # noqa: E402
import mnasnet_models  # noqa: E402

tf.disable_v2_behavior()

features = tf.placeholder(tf.float32, shape=[64, 224, 224, 3], name="features")
labels = tf.placeholder(tf.int32, shape=[64], name="labels")

logits, _ = mnasnet_models.build_mnasnet_model(
    features, model_name="mnasnet-a1", training=True, override_params={"use_keras": True})

one_hot_labels = tf.one_hot(labels, 1000)
cross_entropy = tf.losses.softmax_cross_entropy(logits=logits, onehot_labels=one_hot_labels, label_smoothing=0.1)
loss = cross_entropy + 0.00001 * tf.add_n(
    [tf.nn.l2_loss(v) for v in tf.trainable_variables() if "batch_normalization" not in v.name])

global_step = tf.train.get_or_create_global_step()
ema = tf.train.ExponentialMovingAverage(decay=0.9999, num_updates=global_step)
ema_vars = mnas_utils.get_ema_vars()

learning_rate = mnas_utils.build_learning_rate(0.016 * (1024 / 256.0), global_step, 1281167 // 1024)
optimizer = mnas_utils.build_optimizer(learning_rate)
update_ops = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
with tf.control_dependencies(update_ops):
  train_op = optimizer.minimize(loss, global_step)
with tf.control_dependencies([train_op]):
  train_op = ema.apply(ema_vars)
