# Builds keras.applications.DenseNet121 with random weights, as a user would (scripts/keras-apps/README.md).
import keras

model = keras.applications.DenseNet121(weights=None)
params = model.count_params()
