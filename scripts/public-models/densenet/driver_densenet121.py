"""DenseNet-121 for ImageNet built as densenet_imagenet.py builds it (tensorflow/tpu
models/official/densenet): under absl's app.run (densenet_model reads FLAGS.use_bottleneck,
default False), densenet_imagenet_121 on 224x224 images with 1000 classes in training mode."""
from absl import app

import tensorflow.compat.v1 as tf

import densenet_model


def main(unused_argv):
  tf.disable_v2_behavior()  # graph mode, as resnet_main.py does under TF 2 (the Estimator builds graphs)
  features = tf.placeholder(tf.float32, shape=[8, 224, 224, 3], name="features")
  logits = densenet_model.densenet_imagenet_121(
      features, is_training=True, num_classes=1000)
  del logits


if __name__ == "__main__":
  app.run(main)
