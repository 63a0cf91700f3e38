# Builds keras.applications.InceptionResNetV2 with random weights, as a user would (scripts/keras-apps/README.md).
import keras

model = keras.applications.InceptionResNetV2(weights=None)
params = model.count_params()
