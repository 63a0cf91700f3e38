# A set keeps each equal value once: set() of a string is its distinct characters (the character-level Keras examples'
# `chars = sorted(list(set(text)))`), and so are set literals and set comprehensions; sizes taken from them.
import tensorflow as tf

text = "the cat sat on the mat. the end\n"
chars = sorted(list(set(text)))
letters = {c for c in text if c.isalpha()}
pairs = {(1, 2), (2, 1), (1, 2)}
v = tf.Variable(tf.zeros([len(chars), len(letters), len(pairs), len(frozenset([3, 3, 4]))]), name="v")
w = tf.Variable(tf.ones([len({1, 1.0, True, 2})]), name="w")
