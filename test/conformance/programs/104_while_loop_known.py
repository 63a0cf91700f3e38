# A Python while loop with a known bound, and break/continue.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

i = 0
dim = 64
while dim > 4:
    tf.get_variable("down%d" % i, [dim, dim // 2])
    dim //= 2
    i += 1
for j in range(10):
    if j % 2 == 1:
        continue
    if j > 4:
        break
    tf.get_variable("even%d" % j, [j + 1])
