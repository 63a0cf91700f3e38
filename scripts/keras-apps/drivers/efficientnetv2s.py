# Builds keras.applications.EfficientNetV2S with random weights, as a user would (scripts/keras-apps/README.md).
import keras

model = keras.applications.EfficientNetV2S(weights=None)
params = model.count_params()
