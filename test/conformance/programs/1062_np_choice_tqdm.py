# np.random.choice(a, size) has shape `size` (int64 items of arange(a), or the 1-D array a's dtype); indexing an array
# by it keeps the rest of the array's shape. tqdm(iterable) yields the iterable's items unchanged, so a model trained
# in a loop over tqdm(models) gets its optimizer and slots.
import numpy as np
import tensorflow as tf
import keras
from tqdm import tqdm

x = np.random.randint(0, 256, (64, 28, 28)).astype("uint8")
idx = np.random.choice(64, 3, replace=False)
tf.Variable(tf.zeros(idx.shape), name="idx")
tf.Variable(tf.zeros(x[idx].shape), name="picked")
pool = np.arange(10, dtype="int32")
tf.Variable(tf.zeros(np.random.choice(pool, (2, 4)).shape), name="grid")

models = [keras.Sequential([keras.Input((5,)), keras.layers.Dense(2)]) for _ in range(2)]
for m in tqdm(models):
    m.compile(optimizer="adam", loss="mse")
    m.fit(np.zeros((4, 5), "float32"), np.zeros((4, 2), "float32"), epochs=1, verbose=0)
