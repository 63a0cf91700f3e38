# Builds keras.applications.EfficientNetB7 with random weights, as a user would (scripts/keras-apps/README.md).
import keras

model = keras.applications.EfficientNetB7(weights=None)
params = model.count_params()
