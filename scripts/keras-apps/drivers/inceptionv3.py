# Builds keras.applications.InceptionV3 with random weights, as a user would (scripts/keras-apps/README.md).
import keras

model = keras.applications.InceptionV3(weights=None)
params = model.count_params()
