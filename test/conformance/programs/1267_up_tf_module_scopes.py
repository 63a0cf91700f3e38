# Ported from tensorflow/python/module/module_test.py (RecursiveModule's variable names, TreeModule's late submodules
# through @with_name_scope, a module constructed inside a name scope, ConcreteModule), with variables made where the
# test reads name scopes: a tf.Module's scope is fixed at construction; calling it runs its own __call__ (a tf.Module
# is no layer); a @tf.Module.with_name_scope method runs inside that scope.
import tensorflow as tf


class RecursiveModule(tf.Module):
    def __init__(self, depth, trainable=True):
        super(RecursiveModule, self).__init__(name="badger")
        with self.name_scope:
            self.child = None
            if depth > 1:
                self.child = RecursiveModule(depth - 1, trainable=trainable)
            self.w = tf.Variable(1.0, trainable=trainable, name="mushroom")


class TreeModule(tf.Module):
    def __init__(self, name=None):
        super(TreeModule, self).__init__(name=name)
        self._leaves = []
        self.v = tf.Variable(0.0, name="leaf_value")

    @tf.Module.with_name_scope
    def new_leaf(self, name=None):
        leaf = TreeModule(name=name)
        self._leaves.append(leaf)
        return leaf


class ConcreteModule(tf.Module):
    @tf.Module.with_name_scope
    def __call__(self, x):
        self.s = tf.Variable(x, name="squared")
        return x ** 2


class Flexible(tf.Module):
    def __init__(self, out_features, name=None):
        super().__init__(name=name)
        self.is_built = False
        self.out_features = out_features

    def __call__(self, x):
        if not self.is_built:
            self.w = tf.Variable(tf.zeros([x.shape[-1], self.out_features]), name="w")
            self.is_built = True
        return tf.matmul(x, self.w)


mod = RecursiveModule(3)
mod2 = RecursiveModule(2, trainable=False)
m = TreeModule()
leaf1 = m.new_leaf()
leaf2 = m.new_leaf(name="named_leaf")
with tf.name_scope("foo"):
    bar = tf.Module(name="bar")
with bar.name_scope:
    tf.Variable(1.0, name="in_bar")
c = ConcreteModule()
c(2.0)
f = Flexible(3, name="flex")
f(tf.ones([2, 5]))
f(tf.ones([2, 5]))
