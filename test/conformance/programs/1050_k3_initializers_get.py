# Keras 3 initializers.get in a custom layer's constructor (as keras.io's antirectifier does): a string and a
# config dict make a new instance (an unseeded random one draws its seed then), a class is instantiated, an instance
# is returned as it is (two layers sharing one instance share its seed); add_weight uses it.
import keras
from keras import layers


class Mixer(layers.Layer):
    def __init__(self, initializer="he_normal", **kwargs):
        super().__init__(**kwargs)
        self.initializer = keras.initializers.get(initializer)

    def build(self, input_shape):
        n = input_shape[-1]
        self.kernel = self.add_weight(shape=(n * 2, n), initializer=self.initializer, name="kernel")

    def call(self, inputs):
        return keras.ops.matmul(keras.ops.concatenate([inputs, -inputs], axis=-1), self.kernel)


shared = keras.initializers.GlorotUniform()
model = keras.Sequential([
    keras.Input(shape=(3,)),
    Mixer(),
    Mixer("lecun_uniform"),
    Mixer(keras.initializers.RandomNormal),
    Mixer({"class_name": "TruncatedNormal", "config": {"stddev": 0.2}}),
    Mixer(shared),
    Mixer(shared),
    Mixer(keras.initializers.Constant(0.25)),
])
print(keras.initializers.get(None))
