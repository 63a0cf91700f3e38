# Builds keras.applications.VGG16 with random weights, as a user would (scripts/keras-apps/README.md).
import keras

model = keras.applications.VGG16(weights=None)
params = model.count_params()
