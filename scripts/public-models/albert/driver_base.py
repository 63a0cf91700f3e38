"""ALBERT-base (v2) built as classifier_utils.create_model builds it for fine-tuning (through
fine_tuning_utils' from-scratch path: AlbertModel with use_einsum=True), with the released
albert_base hyperparameters written as an AlbertConfig literal, and the classifier head
(output_weights, output_bias) for a 2-label task."""
import tensorflow.compat.v1 as tf

import modeling

config = modeling.AlbertConfig(
    vocab_size=30000,
    embedding_size=128,
    hidden_size=768,
    num_hidden_layers=12,
    num_hidden_groups=1,
    num_attention_heads=12,
    intermediate_size=3072,
    inner_group_num=1,
    down_scale_factor=1,
    hidden_act="gelu",
    hidden_dropout_prob=0,
    attention_probs_dropout_prob=0,
    max_position_embeddings=512,
    type_vocab_size=2,
    initializer_range=0.02)

input_ids = tf.placeholder(tf.int32, shape=[8, 128], name="input_ids")
input_mask = tf.placeholder(tf.int32, shape=[8, 128], name="input_mask")
segment_ids = tf.placeholder(tf.int32, shape=[8, 128], name="segment_ids")

model = modeling.AlbertModel(
    config=config,
    is_training=True,
    input_ids=input_ids,
    input_mask=input_mask,
    token_type_ids=segment_ids,
    use_one_hot_embeddings=False,
    use_einsum=True)
output_layer = model.get_pooled_output()

hidden_size = output_layer.shape[-1]
output_weights = tf.get_variable(
    "output_weights", [2, hidden_size],
    initializer=tf.truncated_normal_initializer(stddev=0.02))
output_bias = tf.get_variable(
    "output_bias", [2], initializer=tf.zeros_initializer())
logits = tf.nn.bias_add(tf.matmul(output_layer, output_weights, transpose_b=True), output_bias)
