"""ResNet-50 v1 for ImageNet built as resnet_main.py's model_fn builds it (tensorflow/tpu
models/official/resnet): resnet_model.resnet(resnet_depth=50, num_classes=1000, channels_last),
called on a batch of 224x224 images in training mode, then the optimizer resnet_main uses
(momentum 0.9) minimizing the softmax cross-entropy, which adds one Momentum slot per variable."""
import tensorflow.compat.v1 as tf

import resnet_model

tf.disable_v2_behavior()  # graph mode, as resnet_main.py does under TF 2 (the Estimator builds graphs)

features = tf.placeholder(tf.float32, shape=[8, 224, 224, 3], name="features")
labels = tf.placeholder(tf.int32, shape=[8], name="labels")

network = resnet_model.resnet(
    resnet_depth=50,
    num_classes=1000,
    data_format="channels_last",
    dropblock_keep_probs=[None] * 4,
    dropblock_size=7)
logits = network(inputs=features, is_training=True)

one_hot_labels = tf.one_hot(labels, 1000)
cross_entropy = tf.losses.softmax_cross_entropy(
    logits=logits, onehot_labels=one_hot_labels, label_smoothing=0.1)
loss = cross_entropy + 1e-4 * tf.add_n(
    [tf.nn.l2_loss(v) for v in tf.trainable_variables() if "batch_normalization" not in v.name])

global_step = tf.train.get_or_create_global_step()
optimizer = tf.train.MomentumOptimizer(learning_rate=0.1, momentum=0.9, use_nesterov=True)
update_ops = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
with tf.control_dependencies(update_ops):
  train_op = optimizer.minimize(loss, global_step)
