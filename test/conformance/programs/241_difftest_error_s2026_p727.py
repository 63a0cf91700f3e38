# Differential-test fixture (scripts/difftest/python, seed 2026, program 727, shrunk by hand).
# The analyzer differed from TensorFlow here: Sequential.add of a layer whose name the model already has raises.
import tensorflow as tf
model = tf.keras.Sequential()
model.add(tf.keras.Input(shape=(5,)))
model.add(tf.keras.layers.BatchNormalization(name="proj"))
model.add(tf.keras.layers.Dense(5, use_bias=False, name="proj"))
