"""Natural DQN and DQN with prioritized replay as contents/5.2_Prioritized_Replay_DQN/run_MountainCar.py builds them
(MorvanZhou/Reinforcement-learning-with-tensorflow): MountainCar's 2 features and 3 actions, memory 10000,
e-greedy increment 0.00005, one shared session, each DQNPrioritizedReplay under its own variable scope."""
import tensorflow as tf

from RL_brain import DQNPrioritizedReplay

MEMORY_SIZE = 10000

sess = tf.Session()
with tf.variable_scope('natural_DQN'):
    RL_natural = DQNPrioritizedReplay(
        n_actions=3, n_features=2, memory_size=MEMORY_SIZE,
        e_greedy_increment=0.00005, sess=sess, prioritized=False,
    )

with tf.variable_scope('DQN_with_prioritized_replay'):
    RL_prio = DQNPrioritizedReplay(
        n_actions=3, n_features=2, memory_size=MEMORY_SIZE,
        e_greedy_increment=0.00005, sess=sess, prioritized=True, output_graph=True,
    )
sess.run(tf.global_variables_initializer())
