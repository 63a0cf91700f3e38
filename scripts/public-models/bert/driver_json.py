"""BERT-Base (uncased) built as run_classifier.py builds it: the configuration is
read from bert_config.json (the released file's values) next to this driver."""
import os

import tensorflow as tf

import modeling

flags = tf.flags
FLAGS = flags.FLAGS
flags.DEFINE_string("bert_config_file", "bert_config.json",
                    "The config json file of the pre-trained BERT model.")
flags.DEFINE_integer("max_seq_length", 128, "The maximum total input sequence length.")
flags.DEFINE_integer("train_batch_size", 8, "Batch size for training.")


def main(_):
  bert_config = modeling.BertConfig.from_json_file(FLAGS.bert_config_file)
  if FLAGS.max_seq_length > bert_config.max_position_embeddings:
    raise ValueError("Cannot use sequence length %d" % FLAGS.max_seq_length)
  shape = [FLAGS.train_batch_size, FLAGS.max_seq_length]
  input_ids = tf.placeholder(tf.int32, shape=shape, name="input_ids")
  input_mask = tf.placeholder(tf.int32, shape=shape, name="input_mask")
  segment_ids = tf.placeholder(tf.int32, shape=shape, name="segment_ids")
  model = modeling.BertModel(
      config=bert_config,
      is_training=False,
      input_ids=input_ids,
      input_mask=input_mask,
      token_type_ids=segment_ids,
      use_one_hot_embeddings=False)
  model.get_pooled_output()


if __name__ == "__main__":
  tf.app.run()
