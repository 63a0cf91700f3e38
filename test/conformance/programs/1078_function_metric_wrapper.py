# Keras 3's compile_utils.get_metric: a plain function in `metrics` is wrapped in MeanMetricWrapper(fn), whose
# `total`/`count` are made under its auto_name ("mean_metric_wrapper", uniquified by the global object-name
# counter) before the metric is renamed after the function; a string like "mse" names its variables as written.
import numpy as np
import keras
from keras import layers


def psnr(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true - y_pred))


def other(y_true, y_pred):
    return keras.ops.mean(keras.ops.abs(y_true - y_pred))


model = keras.Sequential([keras.Input((3,)), layers.Dense(2, name="d")])
model.compile(optimizer="sgd", loss="mse", metrics=[psnr, other])
model.fit(np.zeros((4, 3), "float32"), np.zeros((4, 2), "float32"), epochs=1, verbose=0)

model2 = keras.Sequential([keras.Input((3,)), layers.Dense(2, name="e")])
model2.compile(optimizer="sgd", loss="mse", metrics=[psnr])
model2.evaluate(np.zeros((4, 3), "float32"), np.zeros((4, 2), "float32"), verbose=0)
