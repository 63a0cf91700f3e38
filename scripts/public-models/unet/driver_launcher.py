"""tf_unet as scripts/launcher.py trains it (jakeret/tf_unet): the grey-scale circles provider's sizes (1 channel,
2 classes), Unet(layers=3, features_root=16), Trainer(optimizer="momentum", momentum 0.2) and what
Trainer.train(..., training_iters=32) sets up before its session (_initialize: the global step, the gradient-norm
variable, exponential decay and the Momentum optimizer)."""
from tf_unet import unet

net = unet.Unet(channels=1,
                n_class=2,
                layers=3,
                features_root=16)

trainer = unet.Trainer(net, optimizer="momentum", opt_kwargs=dict(momentum=0.2))
init = trainer._initialize(32, "./unet_trained", False, "prediction")
