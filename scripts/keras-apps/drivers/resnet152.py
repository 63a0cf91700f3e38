# Builds keras.applications.ResNet152 with random weights, as a user would (scripts/keras-apps/README.md).
import keras

model = keras.applications.ResNet152(weights=None)
params = model.count_params()
