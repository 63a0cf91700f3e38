# Builds keras.applications.MobileNetV2 with random weights, as a user would (scripts/keras-apps/README.md).
import keras

model = keras.applications.MobileNetV2(weights=None)
params = model.count_params()
