# Builds keras.applications.MobileNet with random weights, as a user would (scripts/keras-apps/README.md).
import keras

model = keras.applications.MobileNet(weights=None)
params = model.count_params()
