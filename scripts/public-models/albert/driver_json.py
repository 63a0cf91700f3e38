"""ALBERT-base (v2) as run_pretraining.py builds it: AlbertConfig.from_json_file on the released
albert_config.json (next to this driver), AlbertModel in training mode with einsum off, then the
masked-LM and sentence-order heads of run_pretraining.py's get_masked_lm_output and
get_sentence_order_output (written here as that file writes them)."""
import tensorflow.compat.v1 as tf

import modeling

albert_config = modeling.AlbertConfig.from_json_file("albert_config.json")

input_ids = tf.placeholder(tf.int32, shape=[4, 512], name="input_ids")
input_mask = tf.placeholder(tf.int32, shape=[4, 512], name="input_mask")
segment_ids = tf.placeholder(tf.int32, shape=[4, 512], name="segment_ids")
masked_lm_positions = tf.placeholder(tf.int32, shape=[4, 20], name="masked_lm_positions")

model = modeling.AlbertModel(
    config=albert_config,
    is_training=True,
    input_ids=input_ids,
    input_mask=input_mask,
    token_type_ids=segment_ids,
    use_one_hot_embeddings=False)

sequence_output = model.get_sequence_output()
batch_size, seq_length, width = modeling.get_shape_list(sequence_output, expected_rank=3)
flat_offsets = tf.reshape(tf.range(0, batch_size, dtype=tf.int32) * seq_length, [-1, 1])
flat_positions = tf.reshape(masked_lm_positions + flat_offsets, [-1])
input_tensor = tf.gather(tf.reshape(sequence_output, [batch_size * seq_length, width]),
                         flat_positions)

with tf.variable_scope("cls/predictions"):
  with tf.variable_scope("transform"):
    input_tensor = tf.layers.dense(
        input_tensor,
        units=albert_config.embedding_size,
        activation=modeling.get_activation(albert_config.hidden_act),
        kernel_initializer=modeling.create_initializer(albert_config.initializer_range))
    input_tensor = modeling.layer_norm(input_tensor)
  output_bias = tf.get_variable(
      "output_bias",
      shape=[albert_config.vocab_size],
      initializer=tf.zeros_initializer())
  logits = tf.nn.bias_add(
      tf.matmul(input_tensor, model.get_embedding_table(), transpose_b=True), output_bias)

with tf.variable_scope("cls/seq_relationship"):
  output_weights = tf.get_variable(
      "output_weights",
      shape=[2, albert_config.hidden_size],
      initializer=modeling.create_initializer(albert_config.initializer_range))
  output_bias = tf.get_variable(
      "output_bias", shape=[2], initializer=tf.zeros_initializer())
  sop_logits = tf.nn.bias_add(
      tf.matmul(model.get_pooled_output(), output_weights, transpose_b=True), output_bias)
