# Builds keras.applications.ResNet50V2 with random weights, as a user would (scripts/keras-apps/README.md).
import keras

model = keras.applications.ResNet50V2(weights=None)
params = model.count_params()
