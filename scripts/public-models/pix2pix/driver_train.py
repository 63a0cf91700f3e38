"""pix2pix run as its README trains it, `python pix2pix.py --mode train --output_dir facades_train --max_epochs 200
--input_dir facades/train --which_direction BtoA` (affinelayer/pix2pix-tensorflow): the module parses its flags and
runs main() when imported, so the driver sets sys.argv and imports it. The input folder is this one (1.png, one
512x256 A|B pair of our own) and `--max_steps 0`, so main() builds everything (input queue, U-Net generator, the
discriminator twice, two Adams, the loss EMA, the global step) and opens its Supervisor session, then stops."""
import sys

sys.argv = ["pix2pix.py", "--mode", "train", "--output_dir", "facades_train", "--max_steps", "0",
            "--input_dir", ".", "--which_direction", "BtoA"]

import pix2pix  # noqa: E402,F401
