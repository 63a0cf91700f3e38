# Builds keras.applications.EfficientNetB0 with random weights, as a user would (scripts/keras-apps/README.md).
import keras

model = keras.applications.EfficientNetB0(weights=None)
params = model.count_params()
