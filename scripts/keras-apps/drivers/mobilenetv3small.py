# Builds keras.applications.MobileNetV3Small with random weights, as a user would (scripts/keras-apps/README.md).
import keras

model = keras.applications.MobileNetV3Small(weights=None)
params = model.count_params()
