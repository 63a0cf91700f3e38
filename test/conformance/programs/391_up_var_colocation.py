# Port of TF variables_test.py VariablesTestCase.testColocation: a VariableV1 "v" (int32 0) placed on /job:ps, assigned
# from another device.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.device("/job:ps"):
    var = tf.Variable(0, name="v")
with tf.device("/job:worker/task:7"):
    assign_op = var.assign(1)
