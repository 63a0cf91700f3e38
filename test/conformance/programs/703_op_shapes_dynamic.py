# Static shapes of ops fed with dynamic dims (elements of tf.shape(x)) and Python slicing of tensors: TF's shape
# functions fold a dim of tf.shape(x) that is known statically and keep the others unknown.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def probe(name, t):
    dims = t.shape.as_list()
    tf.get_variable(name, [len(dims)] + [0 if d is None else d + 1 for d in dims], initializer=tf.zeros_initializer())


x = tf.placeholder(tf.float32, [3, None, 4])
y = tf.placeholder(tf.float32, [3, 5, 4])
dyn = tf.shape(x)

probe('p_shape_of', dyn)
probe('p_reshape_known_elem', tf.reshape(x, [dyn[0], -1]))
probe('p_reshape_unknown_elem', tf.reshape(x, [dyn[1], 4, 3]))
probe('p_reshape_two_unknown', tf.reshape(x, [dyn[0] * dyn[1], 4]))
probe('p_reshape_from_other', tf.reshape(x, [tf.shape(y)[0], -1, 2]))
probe('p_tile_known_elem', tf.tile(tf.expand_dims(tf.range(5), 0), [dyn[0], 1]))
probe('p_tile_unknown_range', tf.tile(tf.expand_dims(tf.range(dyn[1]), 0), [dyn[0], 1]))
probe('p_range_unknown', tf.range(dyn[1]))
probe('p_slice_index', x[:, -1, :])
probe('p_slice_ranges', x[1:, :2])
probe('p_slice_newaxis', x[..., tf.newaxis])
probe('p_slice_none', x[:, None])
probe('p_slice_step', y[:, 1:-1, ::2])
probe('p_slice_int', y[0])
probe('p_slice_last', y[:, :, :2])
probe('p_slice_neg_unknown', x[:, -3:-1])
probe('p_fill', tf.fill([dyn[0], 2], 1.0))
probe('p_zeros_dyn', tf.zeros([dyn[0], dyn[1]]))
n = x.shape[-1].value
m = x.shape[1].value
probe('p_dims_read', tf.zeros([n, 2 if m is None else m]))
probe('p_ndims', tf.zeros([x.shape.ndims, len(y.get_shape().as_list())]))
t = tf.placeholder(tf.float32, [None, 6])
t.set_shape([3, None])
probe('p_set_shape', t)
tf.get_variable('dim_value', [tf.compat.dimension_value(x.shape[-1]), tf.compat.dimension_at_index(y.shape, 1)],
                initializer=tf.zeros_initializer())
