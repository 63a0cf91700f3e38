# Spelling: names imported straight from tensorflow.compat.v1.
from tensorflow.compat.v1 import variable_scope, get_variable, disable_v2_behavior, AUTO_REUSE
from tensorflow.compat.v1 import ones_initializer as ones
disable_v2_behavior()

with variable_scope("direct"):
    x = get_variable("x", [2, 2], initializer=ones())
with variable_scope("direct", reuse=AUTO_REUSE):
    y = get_variable("x", [2, 2])
    z = get_variable("z", [2])
