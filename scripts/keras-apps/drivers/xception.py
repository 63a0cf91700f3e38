# Builds keras.applications.Xception with random weights, as a user would (scripts/keras-apps/README.md).
import keras

model = keras.applications.Xception(weights=None)
params = model.count_params()
