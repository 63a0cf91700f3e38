"""SqueezeNet 1.0 built as squeezenet_main.py's model_fn builds it (tensorflow/tpu models/official/squeezenet):
squeezenet_model.squeezenet on 224x224 images in training mode with configs/squeezenet_config.py's values
(1001 classes, batch 1024 over 8 cores, polynomial decay 0.03 -> 0.005 over 150 epochs of 1.3M examples, Nesterov
momentum 0.9), the loss and optimizer of model_fn written out (model_fn itself returns a TPUEstimatorSpec)."""
import tensorflow.compat.v1 as tf

import squeezenet_model

tf.disable_v2_behavior()

train_batch_size = 128
features = tf.placeholder(tf.float32, shape=[train_batch_size, 224, 224, 3], name="features")
labels = tf.placeholder(tf.int32, shape=[train_batch_size], name="labels")

logits = squeezenet_model.squeezenet(features, is_training=True, num_classes=1001)
loss = tf.reduce_mean(tf.losses.sparse_softmax_cross_entropy(logits=logits, labels=labels))

decay_steps = (1300 * 1000 * 150) // (8 * 1024)
learning_rate = tf.train.polynomial_decay(
    0.03,
    global_step=tf.train.get_or_create_global_step(),
    end_learning_rate=0.005,
    decay_steps=decay_steps,
    power=1.0,
    cycle=False)
optimizer = tf.train.MomentumOptimizer(learning_rate=learning_rate, momentum=0.9, use_nesterov=True)
train_op = optimizer.minimize(loss, tf.train.get_global_step())
