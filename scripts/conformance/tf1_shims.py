# The recorder's TF 1.x harness (ours): TF 2.21 has no tf.contrib, and its tf.compat.v1.nn.rnn_cell raises under
# Keras 3. For programs that ask for it (a `# recorder: tf1-shims` line), generate.py installs, for that program
# only: tf.compat.v1.nn.rnn_cell -> TensorFlow's own frozen TF1 cells (tensorflow.python.keras.layers.legacy_rnn,
# the code TF <= 2.15 served there), and tf.contrib.{layers,rnn} reimplemented here following TF 1.15's
# tensorflow/contrib/layers/python/layers/{layers,initializers,regularizers,encoders}.py and
# tensorflow/contrib/framework/python/ops/variables.py (model_variable), built on the frozen TF1 layers.
"""TF 1.15 pieces the conformance recorder injects (see the module comment)."""

import math
import sys
import types

import tensorflow as tf
from tensorflow.python.keras.layers.legacy_rnn import rnn_cell_impl as _cells
from tensorflow.python.keras.legacy_tf_layers import base as _tf1_base
from tensorflow.python.layers import convolutional as _conv_layers
from tensorflow.python.layers import core as _core_layers

v1 = tf.compat.v1
GK = v1.GraphKeys

CELL_NAMES = ['RNNCell', 'LayerRNNCell', 'BasicRNNCell', 'GRUCell', 'BasicLSTMCell', 'LSTMCell', 'LSTMStateTuple',
              'MultiRNNCell', 'DropoutWrapper', 'ResidualWrapper', 'DeviceWrapper']


# ---------------------------------------------------------------------------------- contrib.framework variables

def _variable(name, shape=None, dtype=None, initializer=None, regularizer=None, trainable=True, collections=None,
              custom_getter=None, **kw):
    # contrib.framework.variable: GLOBAL_VARIABLES unless collections are given (deduplicated), through the
    # custom getter (with the scope's reuse) or get_variable.
    colls = list(set(collections if collections is not None else [GK.GLOBAL_VARIABLES]))
    if custom_getter is not None:
        return custom_getter(name, shape=shape, dtype=dtype, initializer=initializer, regularizer=regularizer,
                             trainable=trainable, collections=colls,
                             reuse=v1.get_variable_scope().reuse, **kw)
    return v1.get_variable(name, shape=shape, dtype=dtype, initializer=initializer, regularizer=regularizer,
                           trainable=trainable, collections=colls, **kw)


def model_variable(name, shape=None, dtype=tf.float32, initializer=None, regularizer=None, trainable=True,
                   collections=None, custom_getter=None, **kw):
    # contrib.framework.model_variable: the given collections plus GLOBAL_VARIABLES and MODEL_VARIABLES.
    colls = list(collections or []) + [GK.GLOBAL_VARIABLES, GK.MODEL_VARIABLES]
    return _variable(name, shape=shape, dtype=dtype, initializer=initializer, regularizer=regularizer,
                     trainable=trainable, collections=colls, custom_getter=custom_getter, **kw)


def _collections_for(variables_collections, name):
    # contrib.layers.utils.get_variable_collections
    if isinstance(variables_collections, dict):
        return variables_collections.get(name, None)
    return variables_collections


def _add_to_collections(var, variables_collections, name):
    for c in _collections_for(variables_collections, name) or []:
        if var not in v1.get_collection(c):
            v1.add_to_collection(c, var)


def _layer_getter(rename=None):
    # layers._build_variable_getter / _model_variable_getter: a layer's weight becomes a model variable,
    # `kernel` renamed `weights` and `bias` renamed `biases` when asked.
    def layer_getter(getter, name, shape=None, dtype=None, initializer=None, regularizer=None, trainable=True,
               collections=None, **kw):
        for k in ('reuse', 'rename'):
            kw.pop(k, None)
        parts = name.split('/')
        if rename and parts[-1] in rename:
            parts[-1] = rename[parts[-1]]
        kw.pop('custom_getter', None)
        return model_variable('/'.join(parts), shape=shape, dtype=dtype, initializer=initializer,
                              regularizer=regularizer, trainable=trainable, collections=collections,
                              custom_getter=getter, **kw)
    return layer_getter


# ---------------------------------------------------------------------------------- contrib.layers initializers

def variance_scaling_initializer(factor=2.0, mode='FAN_IN', uniform=False, seed=None, dtype=tf.float32):
    # contrib/layers/python/layers/initializers.py (TF 1.15)
    if not tf.as_dtype(dtype).is_floating:
        raise TypeError('Cannot create initializer for non-floating point type.')
    if mode not in ['FAN_IN', 'FAN_OUT', 'FAN_AVG']:
        raise TypeError('Unknown mode %s [FAN_IN, FAN_OUT, FAN_AVG]', mode)

    def _initializer(shape, dtype=dtype, partition_info=None):
        if not tf.as_dtype(dtype).is_floating:
            raise TypeError('Cannot create initializer for non-floating point type.')
        full = partition_info.full_shape if partition_info is not None else shape
        full = [int(d) for d in full]
        if full:
            fan_in = float(full[-2]) if len(full) > 1 else float(full[-1])
            fan_out = float(full[-1])
        else:
            fan_in = fan_out = 1.0
        for d in full[:-2]:
            fan_in *= float(d)
            fan_out *= float(d)
        n = fan_in if mode == 'FAN_IN' else fan_out if mode == 'FAN_OUT' else (fan_in + fan_out) / 2.0
        if uniform:
            limit = math.sqrt(3.0 * factor / n)
            return v1.random_uniform(shape, -limit, limit, dtype, seed=seed)
        return v1.truncated_normal(shape, 0.0, math.sqrt(1.3 * factor / n), dtype, seed=seed)
    return _initializer


def xavier_initializer(uniform=True, seed=None, dtype=tf.float32):
    return variance_scaling_initializer(factor=1.0, mode='FAN_AVG', uniform=uniform, seed=seed, dtype=dtype)


def l2_regularizer(scale, scope=None):
    # contrib/layers/python/layers/regularizers.py: no variables; checks its scale.
    if isinstance(scale, (int, float)):
        if scale < 0.:
            raise ValueError('Setting a scale less than 0 on a regularizer: %g.' % scale)
        if scale == 0.:
            return lambda _: None

    def l2(weights):
        with tf.name_scope(scope or 'l2_regularizer'):
            return scale * tf.nn.l2_loss(weights)
    return l2


def l1_regularizer(scale, scope=None):
    if isinstance(scale, (int, float)):
        if scale < 0.:
            raise ValueError('Setting a scale less than 0 on a regularizer: %g' % scale)
        if scale == 0.:
            return lambda _: None

    def l1(weights):
        with tf.name_scope(scope or 'l1_regularizer'):
            return scale * tf.reduce_sum(tf.abs(weights))
    return l1


# ---------------------------------------------------------------------------------- contrib.layers layers

def fully_connected(inputs, num_outputs, activation_fn=tf.nn.relu, normalizer_fn=None, normalizer_params=None,
                    weights_initializer=xavier_initializer(), weights_regularizer=None,
                    biases_initializer=tf.zeros_initializer(), biases_regularizer=None, reuse=None,
                    variables_collections=None, outputs_collections=None, trainable=True, scope=None):
    if not isinstance(num_outputs, int):
        raise ValueError('num_outputs type should be one of %s, got %s.' % ([int], type(num_outputs)))
    with v1.variable_scope(scope, 'fully_connected', [inputs], reuse=reuse,
                           custom_getter=_layer_getter({'bias': 'biases', 'kernel': 'weights'})) as sc:
        inputs = tf.convert_to_tensor(inputs)
        layer = _core_layers.Dense(units=num_outputs, activation=None,
                                   use_bias=not normalizer_fn and biases_initializer,
                                   kernel_initializer=weights_initializer, bias_initializer=biases_initializer,
                                   kernel_regularizer=weights_regularizer, bias_regularizer=biases_regularizer,
                                   trainable=trainable, name=sc.name, dtype=inputs.dtype.base_dtype,
                                   _scope=sc, _reuse=reuse)
        outputs = layer.apply(inputs)
        _add_to_collections(layer.kernel, variables_collections, 'weights')
        if layer.bias is not None:
            _add_to_collections(layer.bias, variables_collections, 'biases')
        if normalizer_fn is not None:
            outputs = normalizer_fn(outputs, **(normalizer_params or {}))
        if activation_fn is not None:
            outputs = activation_fn(outputs)
        return outputs


def convolution(inputs, num_outputs, kernel_size, stride=1, padding='SAME', data_format=None, rate=1,
                activation_fn=tf.nn.relu, normalizer_fn=None, normalizer_params=None,
                weights_initializer=xavier_initializer(), weights_regularizer=None,
                biases_initializer=tf.zeros_initializer(), biases_regularizer=None, reuse=None,
                variables_collections=None, outputs_collections=None, trainable=True, scope=None, conv_dims=None):
    if data_format not in [None, 'NWC', 'NCW', 'NHWC', 'NCHW', 'NDHWC', 'NCDHW']:
        raise ValueError('Invalid data_format: %r' % (data_format,))
    with v1.variable_scope(scope, 'Conv', [inputs], reuse=reuse,
                           custom_getter=_layer_getter({'bias': 'biases', 'kernel': 'weights'})) as sc:
        inputs = tf.convert_to_tensor(inputs)
        rank = inputs.get_shape().ndims
        if conv_dims is not None and conv_dims + 2 != rank:
            raise ValueError('Convolution expects input with rank %d, got %d' % (conv_dims + 2, rank))
        classes = {3: _conv_layers.Conv1D, 4: _conv_layers.Conv2D, 5: _conv_layers.Conv3D}
        if rank not in classes:
            raise ValueError('Convolution not supported for input with rank', rank)
        df = 'channels_first' if data_format and data_format.startswith('NC') else 'channels_last'
        layer = classes[rank](filters=num_outputs, kernel_size=kernel_size, strides=stride, padding=padding,
                              data_format=df, dilation_rate=rate, activation=None,
                              use_bias=not normalizer_fn and biases_initializer,
                              kernel_initializer=weights_initializer, bias_initializer=biases_initializer,
                              kernel_regularizer=weights_regularizer, bias_regularizer=biases_regularizer,
                              trainable=trainable, name=sc.name, dtype=inputs.dtype.base_dtype,
                              _scope=sc, _reuse=reuse)
        outputs = layer.apply(inputs)
        _add_to_collections(layer.kernel, variables_collections, 'weights')
        if layer.use_bias:
            _add_to_collections(layer.bias, variables_collections, 'biases')
        if normalizer_fn is not None:
            outputs = normalizer_fn(outputs, **(normalizer_params or {}))
        if activation_fn is not None:
            outputs = activation_fn(outputs)
        return outputs


def _conv_n(n):
    def conv(inputs, num_outputs, kernel_size, stride=1, padding='SAME', data_format=None, rate=1,
             activation_fn=tf.nn.relu, normalizer_fn=None, normalizer_params=None,
             weights_initializer=xavier_initializer(), weights_regularizer=None,
             biases_initializer=tf.zeros_initializer(), biases_regularizer=None, reuse=None,
             variables_collections=None, outputs_collections=None, trainable=True, scope=None):
        return convolution(inputs, num_outputs, kernel_size, stride, padding, data_format, rate, activation_fn,
                           normalizer_fn, normalizer_params, weights_initializer, weights_regularizer,
                           biases_initializer, biases_regularizer, reuse, variables_collections,
                           outputs_collections, trainable, scope, conv_dims=n)
    return conv


def convolution2d_transpose(inputs, num_outputs, kernel_size, stride=1, padding='SAME', data_format='NHWC',
                            activation_fn=tf.nn.relu, normalizer_fn=None, normalizer_params=None,
                            weights_initializer=xavier_initializer(), weights_regularizer=None,
                            biases_initializer=tf.zeros_initializer(), biases_regularizer=None, reuse=None,
                            variables_collections=None, outputs_collections=None, trainable=True, scope=None):
    with v1.variable_scope(scope, 'Conv2d_transpose', [inputs], reuse=reuse,
                           custom_getter=_layer_getter({'bias': 'biases', 'kernel': 'weights'})) as sc:
        if data_format not in ('NCHW', 'NHWC'):
            raise ValueError('data_format has to be either NCHW or NHWC.')
        inputs = tf.convert_to_tensor(inputs)
        df = 'channels_first' if data_format.startswith('NC') else 'channels_last'
        layer = _conv_layers.Conv2DTranspose(filters=num_outputs, kernel_size=kernel_size, strides=stride,
                                             padding=padding, data_format=df, activation=None,
                                             use_bias=not normalizer_fn and biases_initializer,
                                             kernel_initializer=weights_initializer,
                                             bias_initializer=biases_initializer,
                                             kernel_regularizer=weights_regularizer,
                                             bias_regularizer=biases_regularizer, trainable=trainable,
                                             name=sc.name, dtype=inputs.dtype.base_dtype, _scope=sc, _reuse=reuse)
        outputs = layer.apply(inputs)
        _add_to_collections(layer.kernel, variables_collections, 'weights')
        if layer.bias is not None:
            _add_to_collections(layer.bias, variables_collections, 'biases')
        if normalizer_fn is not None:
            outputs = normalizer_fn(outputs, **(normalizer_params or {}))
        if activation_fn is not None:
            outputs = activation_fn(outputs)
        return outputs


def layer_norm(inputs, center=True, scale=True, activation_fn=None, reuse=None, variables_collections=None,
               outputs_collections=None, trainable=True, begin_norm_axis=1, begin_params_axis=-1, scope=None):
    with v1.variable_scope(scope, 'LayerNorm', [inputs], reuse=reuse):
        inputs = tf.convert_to_tensor(inputs)
        shape = inputs.shape
        rank = shape.ndims
        if rank is None:
            raise ValueError('Inputs %s has undefined rank.' % inputs.name)
        dtype = inputs.dtype.base_dtype
        if begin_norm_axis < 0:
            begin_norm_axis = rank + begin_norm_axis
        if begin_params_axis >= rank or begin_norm_axis >= rank:
            raise ValueError('begin_params_axis (%d) and begin_norm_axis (%d) must be < rank(inputs) (%d)' %
                             (begin_params_axis, begin_norm_axis, rank))
        params_shape = shape[begin_params_axis:]
        if not params_shape.is_fully_defined():
            raise ValueError('Inputs %s: shape(inputs)[%s:] is not fully defined: %s' %
                             (inputs.name, begin_params_axis, shape))
        beta = gamma = None
        if center:
            beta = model_variable('beta', shape=params_shape, dtype=dtype, initializer=tf.zeros_initializer(),
                                  collections=_collections_for(variables_collections, 'beta'), trainable=trainable)
        if scale:
            gamma = model_variable('gamma', shape=params_shape, dtype=dtype, initializer=tf.ones_initializer(),
                                   collections=_collections_for(variables_collections, 'gamma'), trainable=trainable)
        # TF 1.15 layers.py layer_norm: moments over the norm axes, then batch_normalization with beta and gamma
        # (so that gradients reach them: an optimizer gives them slots)
        mean, variance = tf.nn.moments(inputs, list(range(begin_norm_axis, rank)), keepdims=True)
        out = tf.nn.batch_normalization(inputs, mean, variance, offset=beta, scale=gamma, variance_epsilon=1e-12)
        return activation_fn(out) if activation_fn is not None else out


class _BatchNormLayer(_tf1_base.Layer):
    # The variables Keras 2's BatchNormalization.build makes (TF 1.15 keras/layers/normalization.py): gamma, beta,
    # then the non-trainable moving statistics, over the channel axis. TF 2.21 cannot load the frozen TF1
    # BatchNormalization (it imports tf_keras), so the harness builds the same weights itself.
    def __init__(self, axis, center, scale, initializers, trainable, **kw):
        super().__init__(trainable=trainable, **kw)
        self.axis, self.center, self.scale, self.inits = axis, center, scale, initializers
        self.gamma = self.beta = None

    def build(self, input_shape):
        dim = tf.TensorShape(input_shape)[self.axis]
        if dim is None:
            raise ValueError('Input has undefined `axis` dimension. Input shape: ', input_shape)
        param_shape = (dim,)
        dtype = tf.float32 if self.dtype in ('float16', 'bfloat16') else self.dtype
        if self.scale:
            self.gamma = self.add_weight('gamma', shape=param_shape, dtype=dtype, initializer=self.inits['gamma'],
                                         trainable=True)
        if self.center:
            self.beta = self.add_weight('beta', shape=param_shape, dtype=dtype, initializer=self.inits['beta'],
                                        trainable=True)
        self.moving_mean = self.add_weight('moving_mean', shape=param_shape, dtype=dtype,
                                           initializer=self.inits['moving_mean'], trainable=False,
                                           synchronization=tf.VariableSynchronization.ON_READ,
                                           aggregation=tf.VariableAggregation.MEAN)
        self.moving_variance = self.add_weight('moving_variance', shape=param_shape, dtype=dtype,
                                               initializer=self.inits['moving_variance'], trainable=False,
                                               synchronization=tf.VariableSynchronization.ON_READ,
                                               aggregation=tf.VariableAggregation.MEAN)
        self.built = True

    def call(self, inputs, training=None):
        return tf.identity(inputs)


def _param_inits(param_initializers):
    p = param_initializers or {}
    return {'beta': p.get('beta', tf.zeros_initializer()), 'gamma': p.get('gamma', tf.ones_initializer()),
            'moving_mean': p.get('moving_mean', tf.zeros_initializer()),
            'moving_variance': p.get('moving_variance', tf.ones_initializer())}


def _fused_batch_norm(inputs, center, scale, param_initializers, reuse, variables_collections, trainable,
                      data_format, scope):
    # layers._fused_batch_norm: model variables beta, gamma, moving_mean, moving_variance (float32).
    if data_format not in ('NCHW', 'NHWC'):
        raise ValueError('data_format has to be either NCHW or NHWC.')
    with v1.variable_scope(scope, 'BatchNorm', [inputs], reuse=reuse):
        inputs = tf.convert_to_tensor(inputs)
        shape = inputs.get_shape()
        rank = shape.ndims
        if rank is None:
            raise ValueError('Inputs %s has undefined rank' % inputs.name)
        if rank not in [2, 4]:
            raise ValueError('Inputs %s has unsupported rank. Expected 2 or 4 but got %d' % (inputs.name, rank))
        if rank == 2:
            channels = shape.dims[-1].value if hasattr(shape.dims[-1], 'value') else shape.dims[-1]
            if channels is None:
                raise ValueError('`C` dimension must be known but is None')
            params_shape = tf.TensorShape([channels])
        else:
            params_shape = shape[-1:] if data_format == 'NHWC' else shape[1:2]
        if not params_shape.is_fully_defined():
            raise ValueError('Inputs %s has undefined `C` dimension %s.' % (inputs.name, params_shape))
        inits = _param_inits(param_initializers)
        if center:
            model_variable('beta', shape=params_shape, dtype=tf.float32, initializer=inits['beta'],
                           collections=_collections_for(variables_collections, 'beta'), trainable=trainable)
        if scale:
            model_variable('gamma', shape=params_shape, dtype=tf.float32, initializer=inits['gamma'],
                           collections=_collections_for(variables_collections, 'gamma'), trainable=trainable)
        for name in ('moving_mean', 'moving_variance'):
            model_variable(name, shape=params_shape, dtype=tf.float32, initializer=inits[name], trainable=False,
                           collections=_collections_for(variables_collections, name))
        return tf.identity(inputs)


def batch_norm(inputs, decay=0.999, center=True, scale=False, epsilon=0.001, activation_fn=None,
               param_initializers=None, param_regularizers=None, updates_collections=GK.UPDATE_OPS,
               is_training=True, reuse=None, variables_collections=None, outputs_collections=None, trainable=True,
               batch_weights=None, fused=None, data_format='NHWC', zero_debias_moving_mean=False, scope=None,
               renorm=False, renorm_clipping=None, renorm_decay=0.99, adjustment=None):
    if batch_weights is not None or renorm or zero_debias_moving_mean or adjustment is not None:
        raise NotImplementedError('the harness models batch_norm without batch_weights/renorm/zero_debias')
    if fused is None:
        fused = True
    inputs = tf.convert_to_tensor(inputs)
    rank = inputs.get_shape().ndims
    if fused and rank in [2, 4] and (rank == 2 or updates_collections is not GK.UPDATE_OPS):
        out = _fused_batch_norm(inputs, center, scale, param_initializers, reuse, variables_collections,
                                trainable, data_format, scope)
        return activation_fn(out) if activation_fn is not None else out
    if data_format not in ('NCHW', 'NHWC'):
        raise ValueError('data_format has to be either NCHW or NHWC.')
    if updates_collections is not GK.UPDATE_OPS:
        raise NotImplementedError('the harness models the legacy batch_norm path for fused ranks only')
    with v1.variable_scope(scope, 'BatchNorm', [inputs], reuse=reuse, custom_getter=_layer_getter()) as sc:
        layer = _BatchNormLayer(axis=1 if data_format == 'NCHW' else -1, center=center, scale=scale,
                                initializers=_param_inits(param_initializers), trainable=trainable,
                                name=sc.name, _scope=sc, _reuse=reuse)
        out = layer.apply(inputs, training=is_training)
        _add_to_collections(layer.moving_mean, variables_collections, 'moving_mean')
        _add_to_collections(layer.moving_variance, variables_collections, 'moving_variance')
        if layer.beta is not None:
            _add_to_collections(layer.beta, variables_collections, 'beta')
        if layer.gamma is not None:
            _add_to_collections(layer.gamma, variables_collections, 'gamma')
        return activation_fn(out) if activation_fn is not None else out


def embed_sequence(ids, vocab_size=None, embed_dim=None, unique=False, initializer=None, regularizer=None,
                   trainable=True, scope=None, reuse=None):
    # contrib/layers/python/layers/encoders.py
    if not (reuse or (vocab_size and embed_dim)):
        raise ValueError('Must specify vocab size and embedding dimension when not '
                         'reusing. Got vocab_size=%s and embed_dim=%s' % (vocab_size, embed_dim))
    with v1.variable_scope(scope, 'EmbedSequence', [ids], reuse=reuse):
        shape = [vocab_size, embed_dim]
        if reuse and vocab_size is None or embed_dim is None:
            shape = None
        embeddings = model_variable('embeddings', shape=shape, dtype=tf.float32, initializer=initializer,
                                    regularizer=regularizer, trainable=trainable)
        return tf.nn.embedding_lookup(embeddings, ids)


def _contrib_layers():
    m = types.ModuleType('tensorflow.contrib.layers')
    conv2d = _conv_n(2)
    for name, fn in dict(
            fully_connected=fully_connected, convolution=convolution, conv1d=_conv_n(1),
            linear=lambda *a, **k: fully_connected(*a, **dict(k, activation_fn=None)),
            conv2d_transpose=convolution2d_transpose, convolution2d_transpose=convolution2d_transpose,
            convolution1d=_conv_n(1), conv2d=conv2d, convolution2d=conv2d, conv3d=_conv_n(3),
            convolution3d=_conv_n(3), layer_norm=layer_norm, batch_norm=batch_norm, embed_sequence=embed_sequence,
            xavier_initializer=xavier_initializer, xavier_initializer_conv2d=xavier_initializer,
            variance_scaling_initializer=variance_scaling_initializer, l2_regularizer=l2_regularizer,
            l1_regularizer=l1_regularizer).items():
        if fn is not None:
            setattr(m, name, fn)
    return m


def _rnn_namespace(name):
    m = types.ModuleType(name)
    for c in CELL_NAMES:
        setattr(m, c, getattr(_cells, c))
    return m


def _v1_modules():
    """Every object TF 2.21 serves as tf.compat.v1 (importing the frozen Keras 2 makes a second wrapper)."""
    import tensorflow.compat.v1 as imported  # noqa: F401 - makes sure sys.modules holds it
    found = {}
    for m in (v1, tf.compat.v1, sys.modules.get('tensorflow.compat.v1'),
              sys.modules.get('tensorflow._api.v2.compat.v1'), imported):
        if m is not None:
            found[id(m)] = m
    return list(found.values())


def install():
    """Installs the harness; returns a function that removes it again."""
    rnn_cell = _rnn_namespace('tensorflow.compat.v1.nn.rnn_cell')
    contrib = types.ModuleType('tensorflow.contrib')
    contrib.layers = _contrib_layers()
    contrib.rnn = _rnn_namespace('tensorflow.contrib.rnn')
    contrib.rnn.static_rnn = v1.nn.static_rnn
    contrib.rnn.static_bidirectional_rnn = v1.nn.static_bidirectional_rnn
    # legacy_seq2seq, optimize_loss and arg_scope (tf1_contrib_more.py)
    import tf1_contrib_more as more
    contrib.legacy_seq2seq = more.legacy_seq2seq(v1)
    contrib.layers.optimize_loss = more.optimize_loss_fn(v1)
    ops_mod = more.arg_scope_module()
    framework = types.ModuleType('tensorflow.contrib.framework')
    framework_python = types.ModuleType('tensorflow.contrib.framework.python')
    framework.python, framework_python.ops = framework_python, ops_mod
    framework.arg_scope, framework.add_arg_scope = ops_mod.arg_scope, ops_mod.add_arg_scope
    for name, fn in more.layers_more(v1, model_variable, _core_layers.flatten).items():
        if not hasattr(contrib.layers, name):
            setattr(contrib.layers, name, fn)
    # contrib.framework.get_global_step (training_util's), get_variables; contrib.slim's get_variables (the same)
    framework.get_global_step = v1.train.get_global_step
    framework.get_variables = more.get_variables_fn(v1)
    slim = types.ModuleType('tensorflow.contrib.slim')
    slim.get_variables = framework.get_variables
    contrib.slim = slim
    contrib.framework = framework
    mods = {'tensorflow.contrib': contrib, 'tensorflow.contrib.layers': contrib.layers,
            'tensorflow.contrib.rnn': contrib.rnn, 'tensorflow.contrib.legacy_seq2seq': contrib.legacy_seq2seq,
            'tensorflow.contrib.framework': framework, 'tensorflow.contrib.framework.python': framework_python,
            'tensorflow.contrib.framework.python.ops': ops_mod, 'tensorflow.contrib.slim': slim}
    saved = {k: sys.modules.get(k) for k in mods}
    undo_steps = []
    for m in _v1_modules():
        nn = m.nn
        undo_steps.append((nn, 'rnn_cell', nn.__dict__.get('rnn_cell')))
        setattr(nn, 'rnn_cell', rnn_cell)
        undo_steps.append((m, 'contrib', None))
        setattr(m, 'contrib', contrib)
    sys.modules.update(mods)

    def undo():
        for obj, name, old in reversed(undo_steps):
            if old is not None:
                setattr(obj, name, old)
            elif name in obj.__dict__:
                delattr(obj, name)
        for k, v in saved.items():
            if v is None:
                sys.modules.pop(k, None)
            else:
                sys.modules[k] = v
    return undo
