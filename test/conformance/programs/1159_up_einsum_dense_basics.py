# Port of keras 3.15.1 keras/src/layers/core/einsum_dense_test.py EinsumDenseTest.test_einsum_dense_basics: each of
# the 22 parameter sets (equation, bias_axes, input shape, output_shape) builds an EinsumDense; its kernel and bias
# shapes, and its output shape (compute_output_shape, as a zeros variable), are what the test asserts.
import numpy as np
import keras

cases = [
    ("ab,b->a", None, (2, 32), ()),
    ("ab,bc->ac", None, (2, 32), 64),
    ("abc,cde->abde", None, (2, 1, 2), (1, 3, 4)),
    ("abc,cde->abde", "e", (2, 1, 2), (1, 3, 4)),
    ("abc,cde->abde", "d", (2, 1, 2), (1, 3, 4)),
    ("abc,cde->abde", "be", (2, 7, 2), (7, 3, 4)),
    ("BFNH,NHD->BFD", None, (2, 1, 2, 3), (1, 4)),
    ("abc,cd->abd", None, (2, 1, 2), (1, 4)),
    ("i,d->id", None, (2,), (2,)),
    ("ibd,nd->ibn", None, (2, 2, 1), (2, 2)),
    ("...b,bc->...c", None, (2, 32), (64,)),
    ("...bc,bc->...b", None, (2, 32, 64), (32,)),
    ("...b,bc->...c", None, (2, 3, 32), (64,)),
    ("...c,cde->...de", None, (2, 1, 2), (3, 4)),
    ("...c,cde->...de", "e", (2, 1, 2), (3, 4)),
    ("...c,cde->...de", "d", (2, 1, 2), (3, 4)),
    ("...c,cde->...de", "de", (2, 1, 2), (3, 4)),
    ("bc...,cd->bd...", None, (2, 1, 2, 3), (4,)),
    ("bc...,cde->bde...", None, (2, 1, 2), (3, 4)),
    ("bc...,cde->bde...", "d", (2, 1, 2), (3, 4)),
    ("bc...,cde->bde...", "e", (2, 1, 2), (3, 4)),
    ("bc...,cde->bde...", "de", (2, 1, 2), (3, 4)),
]
for i, (equation, bias_axes, input_shape, output_shape) in enumerate(cases):
    layer = keras.layers.EinsumDense(equation, output_shape=output_shape, bias_axes=bias_axes)
    layer.build(input_shape)
    keras.Variable(np.zeros(layer.compute_output_shape(input_shape)), name=f"out_{i}")
