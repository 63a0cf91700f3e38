# Keras 3 life: a custom layer whose call() reshapes with keras.ops (ViT-style patches); the shape flows on.
import keras
from keras import layers, ops


class Patches(layers.Layer):
    def __init__(self, patch_size, **kwargs):
        super().__init__(**kwargs)
        self.patch_size = patch_size

    def call(self, images):
        batch = ops.shape(images)[0]
        p = self.patch_size
        x = ops.reshape(images, (batch, 32 // p, p, 32 // p, p, 3))
        x = ops.transpose(x, (0, 1, 3, 2, 4, 5))
        return ops.reshape(x, (batch, (32 // p) * (32 // p), p * p * 3))


class PatchEncoder(layers.Layer):
    def __init__(self, num_patches, projection_dim):
        super().__init__()
        self.num_patches = num_patches
        self.projection = layers.Dense(units=projection_dim)
        self.position_embedding = layers.Embedding(input_dim=num_patches, output_dim=projection_dim)

    def call(self, patch):
        positions = ops.expand_dims(ops.arange(start=0, stop=self.num_patches, step=1), axis=0)
        return self.projection(patch) + self.position_embedding(positions)


inputs = keras.Input(shape=(32, 32, 3))
patches = Patches(8)(inputs)
encoded = PatchEncoder(16, 24)(patches)
x = layers.LayerNormalization(epsilon=1e-6)(encoded)
x = layers.Flatten()(x)
logits = layers.Dense(5)(x)
model = keras.Model(inputs=inputs, outputs=logits)
