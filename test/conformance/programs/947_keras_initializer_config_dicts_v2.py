# initializers.get of a {"class_name": ..., "config": {...}} dict (Keras's deserialize_keras_object): the class by
# name, constructed with the config, as keras.applications' CONV_KERNEL_INITIALIZER is passed.
import keras
from keras import layers

CONV = {"class_name": "VarianceScaling", "config": {"scale": 2.0, "mode": "fan_out", "distribution": "truncated_normal", "seed": 1}}
DENSE = {"class_name": "VarianceScaling", "config": {"scale": 1.0 / 3.0, "mode": "fan_out", "distribution": "uniform", "seed": 2}}

x = keras.Input(shape=(8, 8, 3))
y = layers.Conv2D(4, 3, kernel_initializer=CONV, bias_initializer={"class_name": "Constant", "config": {"value": 0.25}})(x)
y = layers.Flatten()(y)
y = layers.Dense(5, kernel_initializer=DENSE)(y)
y = layers.Dense(3, kernel_initializer={"class_name": "RandomNormal", "config": {"mean": 1.0, "stddev": 0.5, "seed": 4}}, bias_initializer={"class_name": "Ones", "config": {}})(y)
