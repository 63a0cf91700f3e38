# A config dict drives scope names and shapes.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

config = {
    "name": "classifier",
    "layers": [{"units": 32, "name": "h1"}, {"units": 16, "name": "h2"}],
    "input_dim": 10,
    "init": {"stddev": 0.05},
}

with tf.variable_scope(config["name"]):
    in_dim = config["input_dim"]
    for layer in config["layers"]:
        tf.get_variable(layer["name"] + "_w", [in_dim, layer["units"]],
                        initializer=tf.truncated_normal_initializer(stddev=config["init"]["stddev"]))
        in_dim = layer["units"]
