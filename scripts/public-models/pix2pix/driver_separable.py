"""pix2pix with `--separable_conv`, run as its README trains it (affinelayer/pix2pix-tensorflow): as driver_train.py,
the generator built from tf.layers.separable_conv2d (the encoder strided, the decoder after a nearest-neighbour
resize to twice the size)."""
import sys

sys.argv = ["pix2pix.py", "--mode", "train", "--output_dir", "facades_train", "--max_steps", "0",
            "--input_dir", ".", "--which_direction", "BtoA", "--separable_conv"]

import pix2pix  # noqa: E402,F401
