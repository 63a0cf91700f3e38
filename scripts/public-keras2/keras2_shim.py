# Keras 2 as `keras` and `tf.keras`, for recording published Keras 2 programs under TF 2.21: installs in sys.modules a
# `keras` package (and `tensorflow.keras`) whose names are TF 2.x's public Keras 2 API (tf.keras as TF <= 2.15 served
# it, the `keras` 2.x package of that era) bound to TF 2.21's frozen Keras 2 (`tensorflow.python.keras`). Used by
# record.py only; the analyzer reads the programs as published.
"""Keras 2 shim for the public-keras2 recorder.

TF 2.21 keeps Keras 2's implementation (tensorflow/python/keras) but not its public API modules (tensorflow/python/
keras/api), so the shim assembles them from the implementation, as TF 2.x's api/_v2/keras/__init__.py did:
optimizers are optimizer_v2's classes, initializers the V2 ones (what tf2-enabled `populate_deserializable_objects`
binds), LSTM/GRU the recurrent layers. What the frozen copy lacks is left out (normalization, wrappers, noise,
preprocessing layers, datasets, applications): a program using them fails to record rather than being recorded with
a substitute. keras.datasets and keras.utils.get_file are stand-ins (the edits replace every data load), as are
plot_model (pydot is not installed; the programs only write PNGs with it) and keras.preprocessing.sequence.
pad_sequences (Keras 3's, the same NumPy function) and keras.preprocessing.text.Tokenizer (its sequences_to_matrix binary mode,
in NumPy).
"""

import sys
import types


class Tokenizer:
    """Stand-in for keras_preprocessing.text.Tokenizer (absent here): only sequences_to_matrix's 'binary' mode,
    a NumPy function (a row per sequence, 1 where a word id below num_words occurs); it makes no variables."""

    def __init__(self, num_words=None, **_k):
        self.num_words = num_words

    def sequences_to_matrix(self, sequences, mode='binary'):
        import numpy as np
        if mode != 'binary' or not self.num_words:
            raise NotImplementedError('the recorder stand-in Tokenizer has only mode="binary" with num_words')
        x = np.zeros((len(sequences), self.num_words))
        for i, seq in enumerate(sequences):
            for j in seq:
                if j < self.num_words:
                    x[i, j] = 1.
        return x


def _module(name, **attrs):
    m = types.ModuleType(name)
    m.__dict__.update(attrs)
    return m


def _public(mod):
    return {k: v for k, v in vars(mod).items() if not k.startswith('_')}


def install(stand_in_module):
    """Puts `keras` (with its submodules) and `tensorflow.keras` in sys.modules."""
    import tensorflow as tf
    # the frozen data_adapter still names TF <= 2.15's input_lib.DistributedDatasetInterface, which TF 2.21 keeps
    # only in tensorflow/python/types/distribute.py (the same class): fit() needs it to accept NumPy arrays
    from tensorflow.python.distribute import input_lib
    from tensorflow.python.types import distribute as distribute_types
    if not hasattr(input_lib, 'DistributedDatasetInterface'):
        input_lib.DistributedDatasetInterface = distribute_types.DistributedDatasetInterface
    # fit/evaluate trace Keras 2's train/test functions, and the variables their first trace makes (optimizer
    # iterations and slots, compiled metrics) are then created through tf.function's own creator, which the
    # conformance recorder does not observe: those functions run eagerly instead (the same variables, names, order);
    # predict too when the model is not built yet (its first call builds the weights), else it is a tf.function
    from tensorflow.python.keras.engine import training as k2training  # noqa: E402

    def eagerly(method, only_unbuilt=False):
        def run(self, *a, **k):
            before = tf.config.functions_run_eagerly()
            # a built model's predict makes no variable: a tf.function, also from a callback inside fit
            tf.config.run_functions_eagerly(not (only_unbuilt and self.built))
            try:
                return method(self, *a, **k)
            finally:
                tf.config.run_functions_eagerly(before)
        return run

    M = k2training.Model
    for n in ('fit', 'evaluate', 'train_on_batch', 'test_on_batch', 'fit_generator', 'evaluate_generator'):
        setattr(M, n, eagerly(getattr(M, n)))
    for n in ('predict', 'predict_on_batch', 'predict_generator'):
        setattr(M, n, eagerly(getattr(M, n), only_unbuilt=True))
    from tensorflow.python import keras as k2
    # saving to HDF5 writes `tensorflow.python.keras.__version__`, which TF 2.21's frozen copy no longer defines
    if not hasattr(k2, '__version__'):
        k2.__version__ = '2.6.0'
    from tensorflow.python.keras import (activations, backend, callbacks, constraints, initializers, losses, metrics,
                                         models, regularizers)
    from tensorflow.python.keras import layers as k2layers
    from tensorflow.python.keras.layers import (advanced_activations, convolutional, convolutional_recurrent, core,
                                                embeddings, merge, pooling, recurrent)
    from tensorflow.python.keras.optimizer_v2 import (adadelta, adagrad, adam, adamax, ftrl, gradient_descent,
                                                      nadam, optimizer_v2, rmsprop)
    from tensorflow.python.keras import optimizers as k2optimizers
    from tensorflow.python.keras.utils import data_utils, generic_utils, layer_utils, np_utils

    # keras.layers: the frozen exports, with LSTM/GRU and their cells (TF 2.x exported the recurrent_v2 classes,
    # which the frozen copy lacks; recurrent.LSTM makes the same weights; GRU is v2's only with reset_after=True)
    lay = _module('keras.layers', **_public(k2layers))

    def fixed_cell_name(layer_cls, cell_attr, cell_name):
        """Keras 2.15's LSTM/GRU/SimpleRNN make their cell as `LSTMCell(..., name="lstm_cell")` (keras/layers/rnn/
        lstm.py, gru.py, simple_rnn.py), a fixed name; the frozen recurrent.py's leave it to be uniquified
        (`lstm_cell_1` in a second LSTM): the cell class recurrent.py's constructor looks up gets the name."""
        class Fixed(layer_cls):
            def __init__(self, *a, **k):
                base = getattr(recurrent, cell_attr)

                def named(*ca, **ck):  # the cell's own __init__ reads the module's class again (super(LSTMCell, ...))
                    setattr(recurrent, cell_attr, base)
                    return base(*ca, **dict(ck, name=cell_name))
                setattr(recurrent, cell_attr, named)
                try:
                    super().__init__(*a, **k)
                finally:
                    setattr(recurrent, cell_attr, base)
        Fixed.__name__ = layer_cls.__name__
        return Fixed

    lay.LSTM, lay.LSTMCell = fixed_cell_name(recurrent.LSTM, 'LSTMCell', 'lstm_cell'), recurrent.LSTMCell
    lay.SimpleRNN = fixed_cell_name(recurrent.SimpleRNN, 'SimpleRNNCell', 'simple_rnn_cell')

    class GRU(fixed_cell_name(recurrent.GRU, 'GRUCell', 'gru_cell')):  # recurrent_v2.GRU's defaults
        def __init__(self, units, recurrent_activation='sigmoid', reset_after=True, **kwargs):
            super().__init__(units, recurrent_activation=recurrent_activation, reset_after=reset_after, **kwargs)

    class GRUCell(recurrent.GRUCell):
        def __init__(self, units, recurrent_activation='sigmoid', reset_after=True, **kwargs):
            super().__init__(units, recurrent_activation=recurrent_activation, reset_after=reset_after, **kwargs)

    lay.GRU, lay.GRUCell = GRU, GRUCell
    subs = {'core': core, 'convolutional': convolutional, 'recurrent': recurrent, 'embeddings': embeddings,
            'merge': merge, 'pooling': pooling, 'advanced_activations': advanced_activations,
            'convolutional_recurrent': convolutional_recurrent}
    for n, m in subs.items():
        setattr(lay, n, m)

    opt = _module('keras.optimizers', **_public(k2optimizers))
    for n, c in (('Adadelta', adadelta.Adadelta), ('Adagrad', adagrad.Adagrad), ('Adam', adam.Adam),
                 ('Adamax', adamax.Adamax), ('Ftrl', ftrl.Ftrl), ('SGD', gradient_descent.SGD),
                 ('Nadam', nadam.Nadam), ('RMSprop', rmsprop.RMSprop), ('Optimizer', optimizer_v2.OptimizerV2)):
        setattr(opt, n, c)

    def plot_model(*_a, **_k):
        return None

    data = _module('keras.utils.data_utils', **_public(data_utils))
    data.get_file = lambda *_a, **_k: None
    utils = _module('keras.utils', to_categorical=np_utils.to_categorical, normalize=np_utils.normalize,
                    plot_model=plot_model, get_file=data.get_file, Sequence=data_utils.Sequence,
                    custom_object_scope=generic_utils.custom_object_scope, get_custom_objects=generic_utils.get_custom_objects,
                    CustomObjectScope=generic_utils.CustomObjectScope, get_source_inputs=layer_utils.get_source_inputs,
                    np_utils=np_utils, data_utils=data, generic_utils=generic_utils, layer_utils=layer_utils)

    import keras as keras3  # only for pad_sequences, a NumPy function
    seq = _module('keras.preprocessing.sequence', pad_sequences=keras3.utils.pad_sequences)
    text = _module('keras.preprocessing.text', Tokenizer=Tokenizer)
    prep = _module('keras.preprocessing', sequence=seq, text=text)
    datasets = _module('keras.datasets')
    for n in ('mnist', 'imdb', 'cifar10', 'cifar100', 'reuters', 'fashion_mnist', 'boston_housing'):
        setattr(datasets, n, stand_in_module('keras.datasets.' + n))

    top = _module('keras', __version__='2.x (TF 2.21 frozen Keras 2)', Sequential=k2.Sequential, Model=k2.Model,
                  Input=k2.Input, layers=lay, models=models, optimizers=opt, losses=losses, metrics=metrics,
                  backend=backend, callbacks=callbacks, initializers=initializers, regularizers=regularizers,
                  activations=activations, constraints=constraints, utils=utils, preprocessing=prep,
                  datasets=datasets)
    top.__path__ = []
    for n in ('layers', 'models', 'optimizers', 'losses', 'metrics', 'backend', 'callbacks', 'initializers',
              'regularizers', 'activations', 'constraints', 'utils', 'preprocessing', 'datasets'):
        sys.modules['keras.' + n] = getattr(top, n)
        sys.modules['tensorflow.keras.' + n] = getattr(top, n)
    for n, m in subs.items():
        sys.modules['keras.layers.' + n] = m
    for n in ('np_utils', 'data_utils', 'generic_utils', 'layer_utils'):
        sys.modules['keras.utils.' + n] = getattr(utils, n)
    sys.modules['keras.preprocessing.sequence'] = seq
    sys.modules['keras.preprocessing.text'] = text
    for n in ('mnist', 'imdb', 'cifar10', 'cifar100', 'reuters', 'fashion_mnist', 'boston_housing'):
        sys.modules['keras.datasets.' + n] = getattr(datasets, n)
    for m in (lay, opt, utils, prep, datasets):
        m.__path__ = []
    sys.modules['keras'] = top
    sys.modules['tensorflow.keras'] = top
    tf.keras = top
