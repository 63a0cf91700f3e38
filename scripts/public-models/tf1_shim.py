# TF 1.15 names that TF 2.21 no longer has, for recording TF1 public models under TF 2.21: installs `tensorflow` =
# compat.v1 with tf.layers and tf.contrib (layers, rnn, training.HParams) in sys.modules. Used by record.py only
# (the analyzer reads the upstream files and drivers unchanged). Each name follows the TF 1.15 source cited.
"""TF1 shim for the public-models recorder."""

import sys
import types


class HParams(object):
    """tf.contrib.training.HParams, as far as public models use it (TF 1.15:
    tensorflow/contrib/training/python/training/hparam.py): keyword hyperparameters become attributes;
    add_hparam refuses reserved or existing names; set_hparam/override_from_dict cast to the declared type
    as _cast_to_type_if_compatible does; values() returns the dict. Only what the drivers need."""

    def __init__(self, hparam_def=None, model_structure=None, **kwargs):
        self._hparam_types = {}
        self._model_structure = model_structure
        for name, value in kwargs.items():
            self.add_hparam(name, value)

    def add_hparam(self, name, value):
        if getattr(self, name, None) is not None:
            raise ValueError('Hyperparameter name is reserved: %s' % name)
        if isinstance(value, (list, tuple)):
            if not value:
                raise ValueError('Multi-valued hyperparameters cannot be empty: %s' % name)
            self._hparam_types[name] = (type(value[0]), True)
        else:
            self._hparam_types[name] = (type(value), False)
        setattr(self, name, value)

    def set_hparam(self, name, value):
        param_type, is_list = self._hparam_types[name]
        if isinstance(value, list):
            if not is_list:
                raise ValueError('Must not pass a list for single-valued parameter: %s' % name)
            setattr(self, name, [_cast(name, param_type, v) for v in value])
        else:
            if is_list:
                raise ValueError('Must pass a list for multi-valued parameter: %s.' % name)
            setattr(self, name, _cast(name, param_type, value))

    def override_from_dict(self, values_dict):
        for name, value in values_dict.items():
            self.set_hparam(name, value)
        return self

    def values(self):
        return {n: getattr(self, n) for n in self._hparam_types}


def _cast(name, param_type, value):
    # hparam.py _cast_to_type_if_compatible: None-typed params take anything; str only from str; bool only from
    # bool and never to another type; an int not from a float; a float from an int
    fail = "Could not cast hparam '%s' of type '%s' from value %r" % (name, param_type, value)
    if param_type is type(None) or value is None or isinstance(value, param_type) and not (
            param_type is int and isinstance(value, bool)):
        return value
    if param_type in (str, bytes) or isinstance(value, (str, bytes)):
        raise ValueError(fail)
    if param_type is bool or isinstance(value, bool):
        raise ValueError(fail)
    if param_type is int and isinstance(value, float):
        raise ValueError(fail)
    if param_type in (int, float) and isinstance(value, (int, float)):
        return param_type(value)
    raise ValueError(fail)


def _tf1_layers():
    """tf.layers as TF <= 2.15 served it: TensorFlow's own frozen TF1 layers (core, convolutional, pooling)."""
    from tensorflow.python.layers import convolutional, core, pooling
    m = types.ModuleType('tensorflow.layers')
    for mod in (core, convolutional, pooling):
        for k, v in vars(mod).items():
            if not k.startswith('_'):
                setattr(m, k, v)
    return m


def install(v1):
    """Makes `import tensorflow` give compat.v1 with tf.layers (the frozen TF1 layers), tf.contrib.{layers,rnn}
    and tf.nn.rnn_cell from the conformance recorder's TF 1.x harness (scripts/conformance/tf1_shims.py), and
    `tensorflow.contrib.training.HParams`."""
    import tf1_shims  # scripts/conformance, on sys.path (record.py)
    tf1_shims.install()
    contrib = sys.modules['tensorflow.contrib']
    training = types.ModuleType('tensorflow.contrib.training')
    training.HParams = HParams
    contrib.training = training
    v1.layers = _tf1_layers()
    sys.modules['tensorflow'] = v1
    sys.modules['tensorflow.contrib.training'] = training
