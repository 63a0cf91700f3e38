# Keras 3 optimizers' variables (keras/src/optimizers/*.py build()): every optimizer class with the options that
# change which slots it makes (momentum, nesterov, amsgrad, centered, use_ema, beta_1 in Ftrl), built on the same
# model's variables; also the base optimizer's iteration/learning_rate when learning_rate is a schedule.
import numpy as np
import keras
from keras import layers, optimizers

model = keras.Sequential([keras.Input((3,)), layers.Dense(2), layers.BatchNormalization(), layers.Dense(1, use_bias=False)])
tv = model.trainable_variables

optimizers.SGD().build(tv)
optimizers.SGD(momentum=0.9, nesterov=True).build(tv)
optimizers.RMSprop().build(tv)
optimizers.RMSprop(momentum=0.5, centered=True).build(tv)
optimizers.Adam(amsgrad=True).build(tv)
optimizers.AdamW(weight_decay=0.01, amsgrad=True).build(tv)
optimizers.Adamax().build(tv)
optimizers.Nadam().build(tv)
optimizers.Adagrad(initial_accumulator_value=0.5).build(tv)
optimizers.Adadelta().build(tv)
optimizers.Ftrl(beta=0.1).build(tv)
optimizers.Lion().build(tv)
optimizers.Adam(use_ema=True, ema_momentum=0.9).build(tv)
optimizers.SGD(momentum=0.9, use_ema=True).build(tv)
optimizers.Adam(learning_rate=optimizers.schedules.ExponentialDecay(0.1, 100, 0.96)).build(tv)
optimizers.Adam(learning_rate=0.01, name="named_adam").build(tv)
optimizers.Lamb().build(tv)
optimizers.Adafactor().build(tv)
optimizers.Adam(gradient_accumulation_steps=2, use_ema=True).build(tv)
nadam = optimizers.Nadam()
nadam.apply([np.ones(v.shape, dtype="float32") for v in tv], tv)
ada = optimizers.Adafactor()
ada.apply([np.ones(v.shape, dtype="float32") for v in tv], tv)
