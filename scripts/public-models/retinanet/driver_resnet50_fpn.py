"""RetinaNet with a ResNet-50 FPN backbone built as retinanet_model.py's _model_fn builds it (tensorflow/tpu
models/official/retinanet) with default_hparams' values: retinanet_architecture.retinanet on 640x640 images, levels
3-7, 90 classes, 9 anchors (3 aspect ratios x 3 scales), batch norm in training mode; the class and box nets are
shared across levels under AUTO_REUSE with one batch norm per level. The focal and box losses need the anchor labeler
(not restored), so the loss here is a stand-in over the same outputs plus _model_fn's weight decay (1e-4 on every
non-batch-norm variable); the optimizer is _model_fn's Momentum (0.9) with the global step."""
import tensorflow.compat.v1 as tf

import retinanet_architecture

tf.disable_v2_behavior()

features = tf.placeholder(tf.float32, shape=[8, 640, 640, 3], name="features")

cls_outputs, box_outputs = retinanet_architecture.retinanet(
    features,
    min_level=3,
    max_level=7,
    num_classes=90,
    num_anchors=len([(1.0, 1.0), (1.4, 0.7), (0.7, 1.4)] * 3),
    resnet_depth=50,
    use_nearest_upsampling=True,
    is_training_bn=True)

total_loss = tf.add_n([tf.reduce_mean(tf.square(cls_outputs[level])) + tf.reduce_mean(tf.abs(box_outputs[level]))
                       for level in range(3, 8)])
total_loss += 1e-4 * tf.add_n(
    [tf.nn.l2_loss(v) for v in tf.trainable_variables() if "batch_normalization" not in v.name])

global_step = tf.train.get_or_create_global_step()
optimizer = tf.train.MomentumOptimizer(0.08, momentum=0.9)
update_ops = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
with tf.control_dependencies(update_ops):
  train_op = optimizer.minimize(total_loss, global_step)
