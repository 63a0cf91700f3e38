# Builds keras.applications.NASNetMobile with random weights, as a user would (scripts/keras-apps/README.md).
import keras

model = keras.applications.NASNetMobile(weights=None)
params = model.count_params()
