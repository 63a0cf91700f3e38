"""WaveNet with global conditioning, as train.py builds it with `--gc_channels=32` on VCTK (ibab/tensorflow-wavenet):
the released wavenet_params.json, the speaker-id batch next to the audio batch (AudioReader.dequeue_gc), the
cardinality AudioReader derives from the corpus's speaker ids (377), l2 regularization 0.01 and RMSProp
(optimizer_factory['rmsprop'], momentum 0.9)."""
import json

import tensorflow as tf

from wavenet import WaveNetModel, optimizer_factory

BATCH_SIZE = 1

with open('wavenet_params.json', 'r') as f:
    wavenet_params = json.load(f)

audio_batch = tf.placeholder(tf.float32, [BATCH_SIZE, None, 1])
gc_id_batch = tf.placeholder(tf.int32, [BATCH_SIZE])

net = WaveNetModel(
    batch_size=BATCH_SIZE,
    dilations=wavenet_params["dilations"],
    filter_width=wavenet_params["filter_width"],
    residual_channels=wavenet_params["residual_channels"],
    dilation_channels=wavenet_params["dilation_channels"],
    skip_channels=wavenet_params["skip_channels"],
    quantization_channels=wavenet_params["quantization_channels"],
    use_biases=wavenet_params["use_biases"],
    scalar_input=wavenet_params["scalar_input"],
    initial_filter_width=wavenet_params["initial_filter_width"],
    histograms=False,
    global_condition_channels=32,
    global_condition_cardinality=377)

loss = net.loss(input_batch=audio_batch, global_condition_batch=gc_id_batch, l2_regularization_strength=0.01)
optimizer = optimizer_factory['rmsprop'](learning_rate=1e-3, momentum=0.9)
trainable = tf.trainable_variables()
optim = optimizer.minimize(loss, var_list=trainable)
