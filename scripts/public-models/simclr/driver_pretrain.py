"""SimCLR (v1) pre-training of ResNet-50 (1x) as run.py and model.py's model_fn build it (google-research/simclr):
run.py's flags with their defaults, use_tpu False as in the README's single-GPU command, two augmented views stacked
on the channels of a [512, 224, 224, 6] batch; then model_fn's training branch written out (model_fn itself returns
a TPUEstimatorSpec): the views split and concatenated, resnet.resnet_v1(50, 1) under `base_model` with global BN,
model_util.projection_head (three non-linear layers), objective.add_contrastive_loss, add_weight_decay,
learning_rate_schedule for ImageNet's 1281167 examples, and the LARS optimizer minimizing over the trainable
variables (its Momentum slots) with the global step."""
from absl import flags
import tensorflow.compat.v1 as tf

import lars_optimizer  # noqa: F401  (model_util imports it too)
import model_util
import objective as obj_lib
import resnet

tf.disable_v2_behavior()

flags.DEFINE_float('learning_rate', 0.3, 'Initial learning rate per batch size of 256.')
flags.DEFINE_enum('learning_rate_scaling', 'linear', ['linear', 'sqrt'], 'Learning rate scaling.')
flags.DEFINE_float('warmup_epochs', 10, 'Number of epochs of warmup.')
flags.DEFINE_float('weight_decay', 1e-4, 'Amount of weight decay to use.')
flags.DEFINE_float('batch_norm_decay', 0.9, 'Batch norm decay parameter.')
flags.DEFINE_integer('train_batch_size', 512, 'Batch size for training.')
flags.DEFINE_integer('train_epochs', 100, 'Number of epochs to train for.')
flags.DEFINE_integer('train_steps', 0, 'Number of steps to train for.')
flags.DEFINE_enum('train_mode', 'pretrain', ['pretrain', 'finetune'], 'The train mode.')
flags.DEFINE_integer('fine_tune_after_block', -1, 'The layers after which block that we will fine-tune.')
flags.DEFINE_bool('use_tpu', False, 'Whether to run on TPU.')
flags.DEFINE_enum('optimizer', 'lars', ['momentum', 'adam', 'lars'], 'Optimizer to use.')
flags.DEFINE_float('momentum', 0.9, 'Momentum parameter.')
flags.DEFINE_float('temperature', 0.1, 'Temperature parameter for contrastive loss.')
flags.DEFINE_boolean('hidden_norm', True, 'Normalize the hidden vectors.')
flags.DEFINE_enum('proj_head_mode', 'nonlinear', ['none', 'linear', 'nonlinear'], 'How the head projection is done.')
flags.DEFINE_integer('proj_out_dim', 128, 'Number of head projection dimension.')
flags.DEFINE_integer('num_proj_layers', 3, 'Number of non-linear head layers.')
flags.DEFINE_integer('ft_proj_selector', 0, 'Which layer of the projection head to use during fine-tuning.')
flags.DEFINE_boolean('global_bn', True, 'Whether to aggregate BN statistics across distributed cores.')
flags.DEFINE_integer('width_multiplier', 1, 'Multiplier to change width of network.')
flags.DEFINE_integer('resnet_depth', 50, 'Depth of ResNet.')
flags.DEFINE_float('sk_ratio', 0., 'If it is bigger than 0, it will enable SK.')
flags.DEFINE_float('se_ratio', 0., 'If it is bigger than 0, it will enable SE.')
flags.DEFINE_integer('image_size', 224, 'Input image size.')
FLAGS = flags.FLAGS
FLAGS(['driver_pretrain.py'])

num_train_examples = 1281167
model = resnet.resnet_v1(resnet_depth=FLAGS.resnet_depth, width_multiplier=FLAGS.width_multiplier,
                         cifar_stem=FLAGS.image_size <= 32)

features = tf.placeholder(tf.float32, [FLAGS.train_batch_size, FLAGS.image_size, FLAGS.image_size, 6])
is_training = True
features_list = tf.split(features, num_or_size_splits=2, axis=-1)
features = tf.concat(features_list, 0)

with tf.variable_scope('base_model'):
    hiddens = model(features, is_training=is_training)

hiddens_proj = model_util.projection_head(hiddens, is_training)
contrast_loss, logits_con, labels_con = obj_lib.add_contrastive_loss(
    hiddens_proj, hidden_norm=FLAGS.hidden_norm, temperature=FLAGS.temperature, tpu_context=None)

model_util.add_weight_decay(adjust_per_optimizer=True)
loss = tf.losses.get_total_loss()
variables_to_train = tf.trainable_variables()
learning_rate = model_util.learning_rate_schedule(FLAGS.learning_rate, num_train_examples)

optimizer = model_util.get_optimizer(learning_rate)
control_deps = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
with tf.control_dependencies(control_deps):
    train_op = optimizer.minimize(loss, global_step=tf.train.get_or_create_global_step(), var_list=variables_to_train)
