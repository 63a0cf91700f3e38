# A tf.Module holding Keras 3 layers (TF 2.16+): a Keras 3 layer is no tf.Module, so the module's variables and
# trainable_variables (tf.Module._flatten) hold only its own tf.Variables; the layers are built by the first call (in a
# tf.function); the Keras optimizer's slot of a plain tf.Variable is named from its name `scale:0`.
import tensorflow as tf

class MyDense(tf.keras.layers.Layer):
    def __init__(self, units):
        super().__init__()
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="random_normal", trainable=True)
        self.b = self.add_weight(shape=(self.units,), initializer="zeros", trainable=True)

    def call(self, x):
        return tf.matmul(x, self.w) + self.b

class Net(tf.Module):
    def __init__(self, name=None):
        super().__init__(name=name)
        self.l1 = MyDense(8)
        self.l2 = tf.keras.layers.Dense(3)
        self.scale = tf.Variable(1.0, name="scale")

    @tf.function
    def __call__(self, x):
        return self.l2(self.l1(x)) * self.scale

net = Net(name="net")
y = net(tf.ones([2, 5]))
opt = tf.keras.optimizers.Adam(1e-3)
with tf.GradientTape() as tape:
    loss = tf.reduce_mean(net(tf.ones([2, 5])) ** 2)
grads = tape.gradient(loss, net.trainable_variables)
opt.apply_gradients(zip(grads, net.trainable_variables))
ckpt = tf.train.Checkpoint(step=tf.Variable(1), optimizer=opt, net=net)
