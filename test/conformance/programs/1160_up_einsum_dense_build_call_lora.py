# Port of keras 3.15.1 keras/src/layers/core/einsum_dense_test.py EinsumDenseTest.test_compute_output_shape_before_build,
# test_einsum_dense_constraints, test_enable_lora and test_lora_rank_argument: output shapes before and after
# build and of a call on an Input (zeros probes), layers with kernel/bias constraints, LoRA by enable_lora(2) after
# build (kernel frozen, float32 lora_kernel_a/b) and by lora_rank=2, all unseeded.
import numpy as np
import keras

layer = keras.layers.EinsumDense("ab,bc->ac", output_shape=(7,))
keras.Variable(np.zeros((2,) + layer.compute_output_shape((None, 5))[1:]), name="before_build")
layer.build((None, 5))
layer = keras.layers.EinsumDense("abc,cd->abd", output_shape=(None, 4), bias_axes="d")
x = keras.layers.Input(shape=(3, 8))
y = layer(x)
keras.Variable(np.zeros((y.shape[-1],)), name="called")

keras.layers.EinsumDense("abc,cde->abde", (1, 3, 4), kernel_constraint="non_neg").build((2, 1, 2))
keras.layers.EinsumDense("ab,b->a", (1, 3, 4), bias_axes="a", bias_constraint="non_neg").build((2, 1, 2))

lora = keras.layers.EinsumDense(equation="ab,bcd->acd", output_shape=(8, 32), bias_axes=None)
lora.build((None, 3))
lora.enable_lora(2)
ranked = keras.layers.EinsumDense(equation="ab,bcd->acd", output_shape=(8, 32), bias_axes=None, lora_rank=2)
ranked.build((2, 3))
