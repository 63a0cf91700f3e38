"""A3C on Breakout built as PolicyGradient/a3c/train.py builds its graph (dennybritz/reinforcement-learning): the
global step, the global policy and value estimators (the value net reusing the shared conv/fc trunk), two workers
(train.py runs one per CPU core; each builds local copies under `worker_N`, copy ops and train ops applying the
clipped local gradients to the global RMSProp), the saver and the PolicyMonitor's `policy_eval` copy. Breakout's
4 actions are a literal (train.py asks gym); gym itself is absent (the environments are not used to build)."""
import itertools
import os
import tempfile

import tensorflow as tf

from estimators import ValueEstimator, PolicyEstimator
from policy_monitor import PolicyMonitor
from worker import Worker

VALID_ACTIONS = list(range(4))
NUM_WORKERS = 2

MODEL_DIR = tempfile.mkdtemp()
summary_writer = tf.summary.FileWriter(os.path.join(MODEL_DIR, "train"))

with tf.device("/cpu:0"):

    # Keeps track of the number of updates we've performed
    global_step = tf.Variable(0, name="global_step", trainable=False)

    # Global policy and value nets
    with tf.variable_scope("global") as vs:
        policy_net = PolicyEstimator(num_outputs=len(VALID_ACTIONS))
        value_net = ValueEstimator(reuse=True)

    # Global step iterator
    global_counter = itertools.count()

    # Create worker graphs
    workers = []
    for worker_id in range(NUM_WORKERS):
        worker_summary_writer = None
        if worker_id == 0:
            worker_summary_writer = summary_writer

        worker = Worker(
            name="worker_{}".format(worker_id),
            env=None,
            policy_net=policy_net,
            value_net=value_net,
            global_counter=global_counter,
            discount_factor=0.99,
            summary_writer=worker_summary_writer,
            max_global_steps=None)
        workers.append(worker)

    saver = tf.train.Saver(keep_checkpoint_every_n_hours=2.0, max_to_keep=10)

    pe = PolicyMonitor(
        env=None,
        policy_net=policy_net,
        summary_writer=summary_writer,
        saver=saver)
