# A dataclass config: the generated __init__ takes fields by position and keyword, defaults for the rest.
import dataclasses

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


@dataclasses.dataclass
class Dims:
    units: int
    layers: int = 2
    stddev: float = 0.5


@dataclasses.dataclass
class WideDims(Dims):
    extra: int = 7


d = Dims(3)
e = WideDims(4, layers=1)
for i in range(d.layers):
    tf.get_variable("d%d" % i, [d.units, d.units], initializer=tf.random_normal_initializer(stddev=d.stddev))
tf.get_variable("e", [e.units, e.extra, e.layers])
tf.get_variable("as_dict", [len(dataclasses.asdict(e))])
r = dataclasses.replace(d, units=6)
tf.get_variable("replaced", [r.units, d.units])
