"""tf_unet as scripts/ultrasound_launcher.py trains it (jakeret/tf_unet): the Kaggle ultrasound images (1 channel,
2 classes), click's defaults (layers 3, features_root 32, training_iters 20), Trainer(batch_size=1,
norm_grads=False, optimizer="adam") and what Trainer.train sets up before its session (_initialize)."""
from tf_unet import unet

net = unet.Unet(channels=1,
                n_class=2,
                layers=3,
                features_root=32)

trainer = unet.Trainer(net, batch_size=1, norm_grads=False, optimizer="adam")
init = trainer._initialize(20, "./unet_trained_ultrasound", False, "prediction")
