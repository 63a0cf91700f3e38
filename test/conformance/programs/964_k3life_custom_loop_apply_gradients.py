# Keras 3 life: a custom training loop; the optimizer's slots appear on the first apply_gradients.
import tensorflow as tf
import keras
from keras import layers

model = keras.Sequential([keras.Input(shape=(4,)), layers.Dense(6, activation="tanh"), layers.Dense(1)])
optimizer = keras.optimizers.Adam(learning_rate=1e-3)
loss_fn = keras.losses.MeanSquaredError()
train_acc = keras.metrics.MeanSquaredError()

x = tf.zeros((3, 4))
y = tf.zeros((3, 1))
for step in range(2):
    with tf.GradientTape() as tape:
        pred = model(x, training=True)
        loss = loss_fn(y, pred)
    grads = tape.gradient(loss, model.trainable_weights)
    optimizer.apply_gradients(zip(grads, model.trainable_weights))
    train_acc.update_state(y, pred)
