"""BERT-Base (uncased) built as run_classifier.py builds it, with the released
hyperparameters written as a BertConfig literal (no config file)."""
import tensorflow as tf

import modeling

config = modeling.BertConfig(
    vocab_size=30522,
    hidden_size=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=3072,
    hidden_act="gelu",
    hidden_dropout_prob=0.1,
    attention_probs_dropout_prob=0.1,
    max_position_embeddings=512,
    type_vocab_size=2,
    initializer_range=0.02)

input_ids = tf.placeholder(tf.int32, shape=[8, 128], name="input_ids")
input_mask = tf.placeholder(tf.int32, shape=[8, 128], name="input_mask")
segment_ids = tf.placeholder(tf.int32, shape=[8, 128], name="segment_ids")

model = modeling.BertModel(
    config=config,
    is_training=True,
    input_ids=input_ids,
    input_mask=input_mask,
    token_type_ids=segment_ids,
    use_one_hot_embeddings=False)

pooled = model.get_pooled_output()
