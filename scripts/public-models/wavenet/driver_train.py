"""WaveNet as train.py's main() builds it (ibab/tensorflow-wavenet): the released wavenet_params.json read as
train.py reads it (5 stacks of dilations 1..512, 32 residual and dilation channels, 512 skip channels, 256
quantization channels, biases), train.py's defaults (batch 1, no global conditioning, l2 strength 0 -> None,
Adam with learning rate 1e-3 through optimizer_factory) and the audio batch as AudioReader.dequeue gives it
([batch, samples, 1] float32)."""
import json

import tensorflow as tf

from wavenet import WaveNetModel, optimizer_factory

BATCH_SIZE = 1
LEARNING_RATE = 1e-3
MOMENTUM = 0.9

with open('wavenet_params.json', 'r') as f:
    wavenet_params = json.load(f)

audio_batch = tf.placeholder(tf.float32, [BATCH_SIZE, None, 1])

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
    global_condition_channels=None,
    global_condition_cardinality=None)

loss = net.loss(input_batch=audio_batch, global_condition_batch=None, l2_regularization_strength=None)
optimizer = optimizer_factory['adam'](learning_rate=LEARNING_RATE, momentum=MOMENTUM)
trainable = tf.trainable_variables()
optim = optimizer.minimize(loss, var_list=trainable)
