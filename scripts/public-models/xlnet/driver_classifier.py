"""XLNet-Base (cased) for classification built as function_builder.get_classification_loss builds
it (run_classifier.py): XLNetConfig read from the released xlnet_config.json (next to this
driver), a fine-tuning RunConfig with run_classifier.py's defaults (dropout 0.1, dropatt 0.1,
normal init with std 0.02, clamp_len -1), inputs transposed to [len, bsz], the pooled "last"
summary with its projection, and classification_loss for 2 classes under cls_scope "imdb"."""
import tensorflow as tf

import modeling
import xlnet

features = {
    "input_ids": tf.placeholder(tf.int32, [8, 128], name="input_ids"),
    "segment_ids": tf.placeholder(tf.int32, [8, 128], name="segment_ids"),
    "input_mask": tf.placeholder(tf.float32, [8, 128], name="input_mask"),
    "label_ids": tf.placeholder(tf.int32, [8], name="label_ids"),
}

bsz_per_core = tf.shape(features["input_ids"])[0]
inp = tf.transpose(features["input_ids"], [1, 0])
seg_id = tf.transpose(features["segment_ids"], [1, 0])
inp_mask = tf.transpose(features["input_mask"], [1, 0])
label = tf.reshape(features["label_ids"], [bsz_per_core])

xlnet_config = xlnet.XLNetConfig(json_path="xlnet_config.json")
run_config = xlnet.RunConfig(
    is_training=True,
    use_tpu=False,
    use_bfloat16=False,
    dropout=0.1,
    dropatt=0.1,
    init="normal",
    init_range=0.1,
    init_std=0.02,
    clamp_len=-1)

xlnet_model = xlnet.XLNetModel(
    xlnet_config=xlnet_config,
    run_config=run_config,
    input_ids=inp,
    seg_ids=seg_id,
    input_mask=inp_mask)

summary = xlnet_model.get_pooled_out("last", True)

with tf.variable_scope("model", reuse=tf.AUTO_REUSE):
  per_example_loss, logits = modeling.classification_loss(
      hidden=summary,
      labels=label,
      n_class=2,
      initializer=xlnet_model.get_initializer(),
      scope="classification_imdb",
      return_logits=True)
