# `self.__class__` is the instance's type (Python's data model, as `type(self)`), so model code that names its scopes
# after the class (`self.__class__.__name__.lower()`, TF1-era repositories' Layer/Model base classes) gets the name of
# the subclass the instance was made from; a name given as a keyword wins; counters keyed by that name uniquify.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

_UIDS = {}


def uid(prefix):
    _UIDS[prefix] = _UIDS.get(prefix, 0) + 1
    return _UIDS[prefix]


class Block(object):
    def __init__(self, units, **kwargs):
        name = kwargs.get('name')
        if not name:
            layer = self.__class__.__name__.lower()
            name = layer + '_' + str(uid(layer))
        self.name = name
        with tf.variable_scope(self.name + '_vars'):
            self.w = tf.Variable(tf.random_uniform([units, units], -0.1, 0.1), name='weights')


class GraphConv(Block):
    pass


class Dense(Block):
    def __init__(self, units, **kwargs):
        super(Dense, self).__init__(units, **kwargs)
        with tf.variable_scope(type(self).__name__ + '_' + self.name):
            tf.get_variable('bias', [units], initializer=tf.zeros_initializer())


class Model(object):
    def __init__(self):
        with tf.variable_scope(self.__class__.__name__):
            self.layers = [GraphConv(4), GraphConv(3), Dense(2), Dense(5, name='head'), Block(6)]


class GCN(Model):
    pass


GCN()
print(GCN().__class__.__name__, Dense.__name__)
