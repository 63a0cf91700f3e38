# Keras 3 metrics whose first parameter is not `name`: SparseTopKCategoricalAccuracy(k, name, dtype) with k given
# positionally (keras.io's ViT: SparseTopKCategoricalAccuracy(5, name="top-5-accuracy")) and MeanMetricWrapper(fn,
# name); compiled and built by one fit step.
import numpy as np
import keras

model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(6)])
model.compile(
    optimizer="sgd",
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=[
        keras.metrics.SparseTopKCategoricalAccuracy(3, name="top-3-accuracy"),
        keras.metrics.SparseTopKCategoricalAccuracy(2),
        keras.metrics.MeanMetricWrapper(keras.metrics.sparse_categorical_accuracy, "wrapped"),
    ],
)
model.fit(np.zeros((4, 4), "float32"), np.zeros((4,), "int32"), epochs=1, verbose=0)
