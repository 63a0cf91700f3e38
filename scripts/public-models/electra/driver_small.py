"""ELECTRA-Small pre-training built as run_pretraining.py's model_fn builds it (google-research/electra):
configure_pretraining.PretrainingConfig for model_size "small" (its defaults: 128-dim embeddings shared by the
generator and the discriminator, a generator of a quarter of the hidden size, sequence length 128, mask rate 0.15),
features as the pre-training input function gives them, run_pretraining.PretrainingModel in training mode (masking,
the generator's masked-LM head, sampling, the discriminator), then optimization.create_optimizer with the config's
learning rate, weight decay, warm-up and decay power (AdamWeightDecay's m/v variables). vocab.txt is a short vocabulary
of our own with the special tokens the masking looks up; the model's vocabulary size is the config's 30522."""
import tensorflow.compat.v1 as tf

import configure_pretraining
import run_pretraining
from model import optimization

tf.disable_v2_behavior()

config = configure_pretraining.PretrainingConfig("electra_small", ".", model_size="small", train_batch_size=128)
batch, seq = config.train_batch_size, config.max_seq_length
features = {
    "input_ids": tf.placeholder(tf.int32, [batch, seq], name="input_ids"),
    "input_mask": tf.placeholder(tf.int32, [batch, seq], name="input_mask"),
    "segment_ids": tf.placeholder(tf.int32, [batch, seq], name="segment_ids"),
}

model = run_pretraining.PretrainingModel(config, features, is_training=True)
train_op = optimization.create_optimizer(
    model.total_loss, config.learning_rate, config.num_train_steps,
    weight_decay_rate=config.weight_decay_rate,
    use_tpu=config.use_tpu,
    warmup_steps=config.num_warmup_steps,
    lr_decay_power=config.lr_decay_power)
