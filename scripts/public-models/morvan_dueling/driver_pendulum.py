"""Natural and dueling DQN as contents/5.3_Dueling_DQN/run_Pendulum.py builds them
(MorvanZhou/Reinforcement-learning-with-tensorflow): Pendulum's 3 observation features and 25 discretized actions,
memory 3000, e-greedy increment 0.001, one shared session, each DuelingDQN (eval and target nets, RMSProp) under
its own variable scope; gym's environment itself is not needed to build them."""
import tensorflow as tf

from RL_brain import DuelingDQN

MEMORY_SIZE = 3000
ACTION_SPACE = 25

sess = tf.Session()
with tf.variable_scope('natural'):
    natural_DQN = DuelingDQN(
        n_actions=ACTION_SPACE, n_features=3, memory_size=MEMORY_SIZE,
        e_greedy_increment=0.001, sess=sess, dueling=False)

with tf.variable_scope('dueling'):
    dueling_DQN = DuelingDQN(
        n_actions=ACTION_SPACE, n_features=3, memory_size=MEMORY_SIZE,
        e_greedy_increment=0.001, sess=sess, dueling=True, output_graph=True)

sess.run(tf.global_variables_initializer())
