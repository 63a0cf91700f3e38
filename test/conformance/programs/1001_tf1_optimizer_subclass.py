# A subclass of TF1's tf.train.Optimizer: minimize() calls the object's own compute_gradients and apply_gradients
# (an override wins: LARS-style optimizers make their own per-variable state with get_variable), and the base
# apply_gradients calls the subclass's _create_slots, whose _zeros_slot makes `<var>/<op name>` slots once per
# variable (TF 1.15 training/optimizer.py).
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


class Lars(tf.train.Optimizer):
    def __init__(self, learning_rate, momentum=0.9, name="Lars"):
        super(Lars, self).__init__(False, name)
        self.learning_rate = learning_rate
        self.momentum = momentum

    def apply_gradients(self, grads_and_vars, global_step=None, name=None):
        updates = []
        for grad, param in grads_and_vars:
            if grad is None or param is None:
                continue
            v = tf.get_variable(name=param.op.name + "/Momentum", shape=param.shape.as_list(), dtype=tf.float32,
                                trainable=False, initializer=tf.zeros_initializer())
            next_v = self.momentum * v + grad
            updates.extend([param.assign(param - self.learning_rate * next_v), v.assign(next_v)])
        if global_step is not None:
            updates.append(global_step.assign_add(1))
        return tf.group(*updates, name=name)


class Slotted(tf.train.Optimizer):
    def __init__(self, learning_rate, use_locking=False, name="Slotted"):
        super(Slotted, self).__init__(use_locking, name)
        self._lr = learning_rate

    def _create_slots(self, var_list):
        for v in var_list:
            self._zeros_slot(v, "m", self._name)
            self._zeros_slot(v, "v", self._name + "_v")
            self._zeros_slot(v, "m", "again")

    def _apply_dense(self, grad, var):
        m = self.get_slot(var, "m")
        return var.assign_sub(self._lr * (m + grad))


with tf.variable_scope('net'):
    w = tf.get_variable('w', [3, 4])
    b = tf.get_variable('b', [4], initializer=tf.zeros_initializer())
x = tf.placeholder(tf.float32, [2, 3])
loss = tf.reduce_sum(tf.matmul(x, w) + b)
step = tf.train.get_or_create_global_step()
Lars(0.1).minimize(loss, global_step=step, var_list=tf.trainable_variables())
with tf.variable_scope('head'):
    u = tf.get_variable('u', [4, 2])
loss2 = tf.reduce_sum(tf.matmul(tf.matmul(x, w), u))
Slotted(0.01).minimize(loss2, var_list=[u, w])
