# TF 1.15 contrib pieces TF 2.21 lacks, for the recorders' TF 1.x harness (tf1_shims.py installs them; the public
# models' tf1_shim.py through it): tf.contrib.legacy_seq2seq, tf.contrib.layers.optimize_loss, bias_add, flatten,
# summarize_activation, tf.contrib.framework's arg_scope and get_variables, each following the TF 1.15 source file
# its docstring cites. Ours.
"""TF 1.15 contrib: legacy_seq2seq, optimize_loss, arg_scope, bias_add, flatten, get_variables."""

import types


def legacy_seq2seq(v1):
    """tf.contrib.legacy_seq2seq's rnn_decoder, sequence_loss_by_example and sequence_loss, following TF 1.15
    tensorflow/contrib/legacy_seq2seq/python/ops/seq2seq.py (char-rnn, write-rnn)."""
    m = types.ModuleType('tensorflow.contrib.legacy_seq2seq')

    def rnn_decoder(decoder_inputs, initial_state, cell, loop_function=None, scope=None):
        with v1.variable_scope(scope or 'rnn_decoder'):
            state = initial_state
            outputs = []
            prev = None
            for i, inp in enumerate(decoder_inputs):
                if loop_function is not None and prev is not None:
                    with v1.variable_scope('loop_function', reuse=True):
                        inp = loop_function(prev, i)
                if i > 0:
                    v1.get_variable_scope().reuse_variables()
                output, state = cell(inp, state)
                outputs.append(output)
                if loop_function is not None:
                    prev = output
        return outputs, state

    def sequence_loss_by_example(logits, targets, weights, average_across_timesteps=True,
                                 softmax_loss_function=None, name=None):
        if len(targets) != len(logits) or len(weights) != len(logits):
            raise ValueError('Lengths of logits, weights, and targets must be the same '
                             '%d, %d, %d.' % (len(logits), len(weights), len(targets)))
        with v1.name_scope(name, 'sequence_loss_by_example', logits + targets + weights):
            log_perp_list = []
            for logit, target, weight in zip(logits, targets, weights):
                if softmax_loss_function is None:
                    target = v1.reshape(target, [-1])
                    crossent = v1.nn.sparse_softmax_cross_entropy_with_logits(labels=target, logits=logit)
                else:
                    crossent = softmax_loss_function(labels=target, logits=logit)
                log_perp_list.append(crossent * weight)
            log_perps = v1.add_n(log_perp_list)
            if average_across_timesteps:
                total_size = v1.add_n(weights)
                total_size += 1e-12
                log_perps /= total_size
        return log_perps

    def sequence_loss(logits, targets, weights, average_across_timesteps=True, average_across_batch=True,
                      softmax_loss_function=None, name=None):
        with v1.name_scope(name, 'sequence_loss', logits + targets + weights):
            cost = v1.reduce_sum(sequence_loss_by_example(
                logits, targets, weights, average_across_timesteps=average_across_timesteps,
                softmax_loss_function=softmax_loss_function))
            if average_across_batch:
                batch_size = v1.shape(targets[0])[0]
                return cost / v1.cast(batch_size, cost.dtype)
            return cost

    m.rnn_decoder = rnn_decoder
    m.sequence_loss_by_example = sequence_loss_by_example
    m.sequence_loss = sequence_loss
    return m


def optimize_loss_fn(v1):
    """tf.contrib.layers.optimize_loss, following TF 1.15 tensorflow/contrib/layers/python/layers/optimizers.py
    (without gradient noise, multipliers and adaptive clipping, which no model here uses)."""
    names = {'Adagrad': v1.train.AdagradOptimizer, 'Adam': v1.train.AdamOptimizer, 'Ftrl': v1.train.FtrlOptimizer,
             'Momentum': lambda learning_rate: v1.train.MomentumOptimizer(learning_rate, momentum=0.9),
             'RMSProp': v1.train.RMSPropOptimizer, 'SGD': v1.train.GradientDescentOptimizer}

    def optimize_loss(loss, global_step, learning_rate, optimizer, gradient_noise_scale=None,
                      gradient_multipliers=None, clip_gradients=None, learning_rate_decay_fn=None, update_ops=None,
                      variables=None, name=None, summaries=None, colocate_gradients_with_ops=False,
                      increment_global_step=True):
        if gradient_noise_scale is not None or gradient_multipliers is not None:
            raise NotImplementedError('the shim has no gradient noise or multipliers')
        loss = v1.convert_to_tensor(loss)
        if global_step is None:
            global_step = v1.train.get_global_step()
        with v1.variable_scope(name, 'OptimizeLoss', [loss, global_step]):
            if update_ops is None:
                update_ops = set(v1.get_collection(v1.GraphKeys.UPDATE_OPS))
            if update_ops:
                with v1.control_dependencies(list(update_ops)):
                    loss = v1.identity(loss)
            lr = None
            if learning_rate is not None:
                if isinstance(learning_rate, v1.Tensor) and learning_rate.get_shape().ndims == 0:
                    lr = learning_rate
                elif isinstance(learning_rate, float):
                    lr = v1.get_variable('learning_rate', [], trainable=False,
                                         initializer=v1.constant_initializer(learning_rate))
                else:
                    raise ValueError('Learning rate should be 0d Tensor or float.')
            if summaries is None:
                summaries = ['loss', 'learning_rate', 'global_gradient_norm']
            if learning_rate is not None and learning_rate_decay_fn is not None:
                lr = learning_rate_decay_fn(lr, global_step)
                if 'learning_rate' in summaries:
                    v1.summary.scalar('learning_rate', lr)
            if isinstance(optimizer, str):
                opt = names[optimizer](learning_rate=lr)
            elif isinstance(optimizer, type) and issubclass(optimizer, v1.train.Optimizer):
                opt = optimizer(learning_rate=lr)
            elif isinstance(optimizer, v1.train.Optimizer):
                opt = optimizer
            elif callable(optimizer):
                opt = optimizer(lr) if learning_rate is not None else optimizer()
            else:
                raise ValueError('Unrecognized optimizer')
            if variables is None:
                variables = v1.trainable_variables()
            gradients = opt.compute_gradients(loss, variables,
                                              colocate_gradients_with_ops=colocate_gradients_with_ops)
            if 'global_gradient_norm' in summaries or 'gradient_norm' in summaries:
                v1.summary.scalar('global_norm/gradient_norm', v1.global_norm(list(zip(*gradients))[0]))
            if isinstance(clip_gradients, float):
                grads, tvars = zip(*gradients)
                clipped, _ = v1.clip_by_global_norm(grads, clip_gradients)
                gradients = list(zip(clipped, tvars))
            elif callable(clip_gradients):
                gradients = clip_gradients(gradients)
            if 'loss' in summaries:
                v1.summary.scalar('loss', loss)
            grad_updates = opt.apply_gradients(
                gradients, global_step=global_step if increment_global_step else None, name='train')
            with v1.control_dependencies([grad_updates]):
                return v1.identity(loss)

    return optimize_loss


def arg_scope_module():
    """tf.contrib.framework's arg_scope / add_arg_scope / current_arg_scope, following TF 1.15
    tensorflow/contrib/framework/python/ops/arg_scope.py (pixel-cnn imports them from
    tensorflow.contrib.framework.python.ops)."""
    import contextlib
    import functools
    stack = [{}]
    decorated = {}

    def key_op(op):
        return getattr(op, '_key_op', str(op))

    def current_arg_scope():
        return stack[-1]

    def has_arg_scope(func):
        return key_op(func) in decorated

    @contextlib.contextmanager
    def arg_scope(list_ops_or_scope, **kwargs):
        if isinstance(list_ops_or_scope, dict):
            if kwargs:
                raise ValueError('When attempting to re-use a scope by suppling a dictionary, kwargs must be empty.')
            current_scope = list_ops_or_scope.copy()
        else:
            if not isinstance(list_ops_or_scope, (list, tuple)):
                raise TypeError('list_ops_or_scope must either be a list/tuple or reused scope (i.e. dict)')
            current_scope = current_arg_scope().copy()
            for op in list_ops_or_scope:
                key = key_op(op)
                if not has_arg_scope(op):
                    raise ValueError('%s is not decorated with @add_arg_scope' % ((op.__module__, op.__name__),))
                if key in current_scope:
                    current_kwargs = current_scope[key].copy()
                    current_kwargs.update(kwargs)
                    current_scope[key] = current_kwargs
                else:
                    current_scope[key] = kwargs.copy()
        stack.append(current_scope)
        try:
            yield current_scope
        finally:
            stack.pop()

    def add_arg_scope(func):
        key = key_op(func)

        @functools.wraps(func)
        def func_with_args(*args, **kwargs):
            current_scope = current_arg_scope()
            current_args = kwargs
            if key in current_scope:
                current_args = current_scope[key].copy()
                current_args.update(kwargs)
            return func(*args, **current_args)
        decorated[key] = True
        func_with_args._key_op = key
        return func_with_args

    m = types.ModuleType('tensorflow.contrib.framework.python.ops')
    m.arg_scope, m.add_arg_scope, m.current_arg_scope, m.has_arg_scope = (
        arg_scope, add_arg_scope, current_arg_scope, has_arg_scope)
    return m



def layers_more(v1, model_variable, core_flatten):
    """tf.contrib.layers' bias_add, flatten and summarize_activation, following TF 1.15
    tensorflow/contrib/layers/python/layers/layers.py (bias_add: a `biases` model variable of the last dim in
    variable_scope(scope, 'BiasAdd'); flatten: name_scope(scope, 'Flatten') around the core flatten) and
    summaries.py (summarize_activation: summaries only, no variable). GAT, dennybritz's A3C."""
    def bias_add(inputs, activation_fn=None, initializer=v1.zeros_initializer(), regularizer=None, reuse=None,
                 variables_collections=None, outputs_collections=None, trainable=True, data_format='NHWC',
                 scope=None):
        if data_format not in ('NCHW', 'NHWC'):
            raise ValueError('data_format has to be either NCHW or NHWC.')
        with v1.variable_scope(scope, 'BiasAdd', [inputs], reuse=reuse):
            inputs = v1.convert_to_tensor(inputs)
            dtype = inputs.dtype.base_dtype
            shape = inputs.get_shape()
            if shape.ndims is None:
                raise ValueError('Dims of shape must be known but is None')
            if shape.ndims != 4 and data_format == 'NCHW':
                raise ValueError('Data format NCHW only supports 4D Tensor')
            axis = 1 if data_format == 'NCHW' else -1
            num_features = shape.dims[axis].value
            if num_features is None:
                raise ValueError('`C` dimension must be known but is None')
            colls = variables_collections.get('biases') if isinstance(variables_collections, dict) \
                else variables_collections
            biases = model_variable('biases', shape=[num_features], dtype=dtype, initializer=initializer,
                                    regularizer=regularizer, collections=colls, trainable=trainable)
            outputs = v1.nn.bias_add(inputs, biases, data_format=data_format)
            if activation_fn is not None:
                outputs = activation_fn(outputs)
            return outputs

    def flatten(inputs, outputs_collections=None, scope=None):
        with v1.name_scope(scope, 'Flatten', [inputs]):
            inputs = v1.convert_to_tensor(inputs)
            return core_flatten(inputs)

    def summarize_activation(op):
        v1.summary.histogram(op.op.name + '/activation', op)
        return op

    return dict(bias_add=bias_add, flatten=flatten, summarize_activation=summarize_activation)


def get_variables_fn(v1):
    """contrib.framework.get_variables (slim.get_variables), TF 1.15
    tensorflow/contrib/framework/python/ops/variables.py: the collection filtered by scope (and suffix)."""
    def get_variables(scope=None, suffix=None, collection=v1.GraphKeys.GLOBAL_VARIABLES):
        if isinstance(scope, v1.VariableScope):
            scope = scope.name
        if suffix is not None:
            if ':' not in suffix:
                suffix += ':'
            scope = (scope or '') + '.*' + suffix
        return v1.get_collection(collection, scope)
    return get_variables
