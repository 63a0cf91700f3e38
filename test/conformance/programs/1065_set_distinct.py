# Python sets hold distinct items: set(str) is the set of its characters, a set display or comprehension drops
# repeated items, frozenset too; layer widths counted from them (a character vocabulary: sorted(list(set(text)))).
import keras
from keras import layers

text = "the spirit of the free will is the will to power"
chars = sorted(list(set(text)))
words = set(text.split())
evens = {i % 4 for i in range(10)}
pairs = {(1, 2), (2, 1), (1, 2)}
frozen = frozenset([3, 3, 4])
model = keras.Sequential([
    keras.Input((5,)),
    layers.Dense(len(chars)),
    layers.Dense(len(words)),
    layers.Dense(len(evens)),
    layers.Dense(len(pairs) + len(frozen)),
    layers.Dense(len({"a", "b", "a"})),
])
