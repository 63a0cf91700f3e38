# Builds keras.applications.ConvNeXtTiny with random weights, as a user would (scripts/keras-apps/README.md).
import keras

model = keras.applications.ConvNeXtTiny(weights=None)
params = model.count_params()
