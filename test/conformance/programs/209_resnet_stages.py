# ResNet-like stages: per-stage widths, per-block scopes, projection shortcut on the first block.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

STAGES = [(16, 2), (32, 2)]
in_ch = 3
with tf.variable_scope("resnet"):
    tf.get_variable("stem", [3, 3, in_ch, STAGES[0][0]], initializer=tf.variance_scaling_initializer(scale=2.0))
    in_ch = STAGES[0][0]
    for s, (width, blocks) in enumerate(STAGES):
        for b in range(blocks):
            with tf.variable_scope("stage%d/block%d" % (s + 1, b + 1)):
                tf.get_variable("conv1", [3, 3, in_ch, width], initializer=tf.variance_scaling_initializer(scale=2.0))
                tf.get_variable("conv2", [3, 3, width, width], initializer=tf.variance_scaling_initializer(scale=2.0))
                if in_ch != width:
                    tf.get_variable("shortcut", [1, 1, in_ch, width])
                in_ch = width
