"""tf.contrib.training.HParams for the conformance recorder.

No installable TensorFlow has tf.contrib any more (TF 2.21 is what records the fixtures), so the recorder
installs this stand-in as ``tf.compat.v1.contrib.training.HParams`` and ``tensorflow.contrib.training``.
It is written for this project and follows the rules of TF 1.15's
tensorflow/contrib/training/python/training/hparam.py (tag v1.15.0): hyperparameters are plain attributes,
their (type, is_list) recorded by add_hparam; set_hparam / override_from_dict / parse cast new values to the
recorded type and raise the same ValueError/KeyError messages. Fixtures that use it say so in a comment.
"""

import json
import numbers
import re
import sys
import types

_PARAM = re.compile(r'([a-zA-Z][\w.]*)(\[\s*\d*\s*\])?\s*=\s*(?:([^,\[]*)|\[([^\]]*)\])($|,\s*)')

_RESERVED = ('add_hparam', 'set_hparam', 'del_hparam', 'parse', 'override_from_dict', 'set_from_map',
             'set_model_structure', 'get_model_structure', 'to_json', 'parse_json', 'values', 'get')


def _cast(name, param_type, value):
    """A value for a hyperparameter of param_type: refused (ValueError) when the kinds do not match."""
    message = "Could not cast hparam '%s' of type '%s' from value %r" % (name, param_type, value)
    if type(value) is param_type or param_type is type(None):
        return value
    if issubclass(param_type, (str, bytes)) and not isinstance(value, (str, bytes)):
        raise ValueError(message)
    if issubclass(param_type, bool) != isinstance(value, bool):
        raise ValueError(message)
    if issubclass(param_type, numbers.Integral) and not isinstance(value, numbers.Integral):
        raise ValueError(message)
    if issubclass(param_type, numbers.Number) and not isinstance(value, numbers.Number):
        raise ValueError(message)
    return param_type(value)


def _scalar(name, param_type, text, values):
    if param_type is bool:
        if text in ('true', 'True'):
            return True
        if text in ('false', 'False'):
            return False
        try:
            return bool(int(text))
        except ValueError:
            pass
    else:
        try:
            return param_type(text)
        except ValueError:
            pass
    raise ValueError("Could not parse hparam '%s' of type '%s' with value '%s' in %s"
                     % (name, param_type.__name__, text, values))


def parse_values(values, type_map):
    """'a=1,b=[2,3]' -> {'a': 1, 'b': [2, 3]} with each value parsed as type_map says."""
    out = {}
    pos = 0
    while pos < len(values):
        m = _PARAM.match(values, pos)
        if not m:
            raise ValueError('Malformed hyperparameter value: %s' % values[pos:])
        pos = m.end()
        name = m.group(1)
        if m.group(2) is not None:
            raise ValueError('Malformed hyperparameter value: %s' % values)
        if name not in type_map:
            raise ValueError('Unknown hyperparameter type for %s' % name)
        if name in out:
            raise ValueError("Multiple assignments to variable '%s' in %s" % (name, values))
        param_type = type_map[name]
        if m.group(3) is not None:
            out[name] = _scalar(name, param_type, m.group(3), values)
        else:
            out[name] = [_scalar(name, param_type, e, values)
                         for e in re.split('[ ,]', m.group(4)) if e]
    return out


class HParams(object):
    """Hyperparameters as attributes, with the types they were added with."""

    def __init__(self, hparam_def=None, model_structure=None, **kwargs):
        self._hparam_types = {}
        self._model_structure = model_structure
        for name, value in kwargs.items():
            self.add_hparam(name, value)

    def add_hparam(self, name, value):
        if name in _RESERVED or getattr(self, name, None) is not None:
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

    def del_hparam(self, name):
        if hasattr(self, name):
            delattr(self, name)
            del self._hparam_types[name]

    def parse(self, values):
        return self.override_from_dict(
            parse_values(values, {n: t for n, (t, _) in self._hparam_types.items()}))

    def override_from_dict(self, values_dict):
        for name, value in values_dict.items():
            self.set_hparam(name, value)
        return self

    def set_from_map(self, values_map):
        return self.override_from_dict(values_map)

    def parse_json(self, values_json):
        return self.override_from_dict(json.loads(values_json))

    def values(self):
        return {n: getattr(self, n) for n in self._hparam_types}

    def get(self, key, default=None):
        return getattr(self, key) if key in self._hparam_types else default

    def set_model_structure(self, model_structure):
        self._model_structure = model_structure

    def get_model_structure(self):
        return self._model_structure

    def __contains__(self, key):
        return key in self._hparam_types


def install(tf_v1):
    """Makes tf.compat.v1.contrib.training.HParams and `from tensorflow.contrib.training import HParams` work."""
    training = types.ModuleType('tensorflow.contrib.training')
    training.HParams = HParams
    contrib = types.ModuleType('tensorflow.contrib')
    contrib.training = training
    sys.modules.setdefault('tensorflow.contrib', contrib)
    sys.modules.setdefault('tensorflow.contrib.training', training)
    if not hasattr(tf_v1, 'contrib'):
        tf_v1.contrib = sys.modules['tensorflow.contrib']
    elif not hasattr(tf_v1.contrib, 'training'):
        tf_v1.contrib.training = training
