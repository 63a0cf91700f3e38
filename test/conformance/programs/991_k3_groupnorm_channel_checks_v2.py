# GroupNormalization checks its channel axis when it builds: groups=-1 is one group per channel, axis=1 picks the
# channels of a channels-first input; 4 groups over 6 channels raises (Keras words it as "a multiple of").
import numpy as np
import keras

inst = keras.layers.GroupNormalization(groups=-1)
inst.build((2, 3, 6))
first = keras.layers.GroupNormalization(groups=2, axis=1, center=False)
y = first(np.zeros((2, 4, 5), "float32"))
bad = keras.layers.GroupNormalization(groups=4)
z = bad(np.zeros((1, 3, 6), "float32"))
