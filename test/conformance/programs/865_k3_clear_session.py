# keras.backend.clear_session() (Keras 3) starts automatic layer names again (dense, dense_1, then dense).
import tensorflow as tf

tf.keras.layers.Dense(2)(tf.ones([1, 3]))
tf.keras.layers.Dense(2)(tf.ones([1, 3]))
tf.keras.backend.clear_session()
tf.keras.layers.Dense(4)(tf.ones([1, 3]))
