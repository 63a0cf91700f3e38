# Keras 3 life: a Model subclass whose compile() calls super().compile() with its own optimizer and metrics
# (Precision, Recall); train_on_batch builds it; the model is frozen layer by layer afterwards.
import numpy as np
import keras
from keras import layers


class Classifier(keras.Model):
    def __init__(self):
        super().__init__(name="clf")
        self.features = keras.Sequential([layers.Dense(10, activation="relu"), layers.Dense(6, activation="relu")])
        self.logit = layers.Dense(1, activation="sigmoid")

    def call(self, x):
        return self.logit(self.features(x))

    def compile(self, lr):
        super().compile(optimizer=keras.optimizers.Adagrad(learning_rate=lr), loss="binary_crossentropy",
                        metrics=[keras.metrics.Precision(), keras.metrics.Recall(thresholds=[0.3, 0.7])])


clf = Classifier()
clf.compile(0.05)
clf.train_on_batch(np.zeros((2, 7), "float32"), np.zeros((2, 1), "float32"))
clf.features.trainable = False
