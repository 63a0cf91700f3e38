# tf.data datasets carry their element structure: from_tensor_slices drops the first dim, batch adds one, shuffle/
# prefetch/cache/repeat/take keep it, Dataset.zip tuples elements. Keras's fit on a dataset traces its step with the
# element, so a subclassed model (its call, or its own train_step unpacking (images, labels)) builds on its shapes.
import numpy as np
import tensorflow as tf
import keras
from keras import layers

x = np.random.uniform(0, 255, (40, 12, 12, 3)).astype("float32")
y = np.random.randint(0, 10, (40, 1)).astype("uint8")
train_ds = tf.data.Dataset.from_tensor_slices((x, y)).shuffle(64).batch(8).prefetch(tf.data.AUTOTUNE)
extra = tf.data.Dataset.from_tensor_slices(np.zeros((40, 5), "float32")).cache().repeat(2).take(40)
zipped = tf.data.Dataset.zip((tf.data.Dataset.from_tensor_slices(x), tf.data.Dataset.from_tensor_slices(y))).batch(10, drop_remainder=True)


class Plain(keras.Model):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.conv = layers.Conv2D(4, 3)
        self.pool = layers.GlobalAveragePooling2D()
        self.out = layers.Dense(10)

    def call(self, images):
        return self.out(self.pool(self.conv(images)))


class OwnStep(keras.Model):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.aug = keras.Sequential([layers.Resizing(16, 16), layers.Rescaling(1 / 255.0)])
        self.proj = layers.Conv2D(10, 4, strides=4)
        self.pool = layers.GlobalAveragePooling2D()

    def train_step(self, data):
        images, labels = data
        with tf.GradientTape() as tape:
            logits = self.pool(self.proj(self.aug(images)))
            loss = self.compute_loss(y=labels, y_pred=logits)
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
        return {"loss": loss}


plain = Plain()
plain.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
plain.fit(train_ds, epochs=1, verbose=0)
own = OwnStep()
own.compile(optimizer=keras.optimizers.SGD(0.01), loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
own.fit(zipped, epochs=1, verbose=0)
head = keras.Sequential([layers.Dense(3)])
head.compile(optimizer="rmsprop", loss="mse")
head.fit(tf.data.Dataset.zip((extra, extra.map(lambda v: v[:3]))).batch(4), epochs=1, verbose=0)
