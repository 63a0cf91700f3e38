// Layers called eagerly on tensors computed by tfjs-core ops build on the ops' output shapes: broadcasting
// arithmetic (numbers are float32 scalars), matMul with transposes, reshape with -1, slice as parseSliceParams
// fills a short or numeric begin/size (-1: to the end), concat/stack, transpose, expandDims/squeeze, tile,
// reductions with keepDims, range's length, as tf.<op>(x) and as x.<op>() (pyStudy's TimeSeriesTransformer).
import * as tf from '@tensorflow/tfjs';

const x = tf.zeros([4, 6, 3]);
const pos = tf.range(0, 6, 1).expandDims(1).mul(tf.exp(tf.range(0, 3, 2).mul(-0.5))); // [6, 2]
const pe = tf.concat([pos, tf.sin(pos).slice([0, 0], [-1, 1])], 1); // [6, 3]
const dense = tf.layers.dense({ units: 5 });
const y = dense.apply(x.add(pe)) as tf.Tensor; // [4, 6, 5]
const heads = y.reshape([4, -1, 5, 1]).slice([0, 0, 1], [4, -1, 2]).squeeze([3]); // [4, 6, 2]
const att = tf.softmax(tf.matMul(heads, heads, false, true).div(tf.sqrt(tf.scalar(2))), -1); // [4, 6, 6]
const ctx = tf.concat([tf.matMul(att, heads), y.transpose([0, 1, 2])], -1); // [4, 6, 7]
const norm = tf.layers.layerNormalization().apply(ctx) as tf.Tensor;
const last = norm.slice([0, 5, 0], [-1, 1, -1]).squeeze([1]); // [4, 7]
const pooled = last.sum(1, true).tile([1, 3]); // [4, 3]
const out = tf.layers.dense({ units: 2 }).apply(tf.stack([pooled, pooled], 1).mean(1)) as tf.Tensor; // [4, 2]
const grid = tf.zeros([3, 1]).add(tf.ones([1, 4])).div(2); // [3, 4]
const v1 = tf.variable(tf.zeros(grid.shape), true, 'grid');
const v2 = tf.variable(tf.zeros(tf.range(0, 10, 3).shape), true, 'range4');
const v3 = tf.variable(tf.zeros(tf.argMax(last, 1).expandDims(-1).shape), true, 'argmax');
const v4 = tf.variable(tf.zeros(out.shape), true, 'out');
