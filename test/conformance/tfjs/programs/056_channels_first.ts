// dataFormat 'channelsFirst': kernels sized by axis 1, outputs [channels, ...spatial]; Pooling1D pools a
// channels-last view whatever its dataFormat; BatchNormalization on axis 1.
import * as tf from '@tensorflow/tfjs';

const a = tf.sequential({ layers: [tf.layers.conv2d({ inputShape: [3, 6, 5], dataFormat: 'channelsFirst', filters: 4, kernelSize: 2, strides: 2 }), tf.layers.flatten(), tf.layers.dense({ units: 2 })] });
const b = tf.sequential({ layers: [tf.layers.conv2dTranspose({ inputShape: [3, 6, 5], dataFormat: 'channelsFirst', filters: 2, kernelSize: 3, strides: 2 }), tf.layers.flatten(), tf.layers.dense({ units: 2 })] });
const c = tf.sequential({ layers: [tf.layers.separableConv2d({ inputShape: [3, 6, 5], dataFormat: 'channelsFirst', filters: 4, kernelSize: 2, depthMultiplier: 2 }), tf.layers.maxPooling2d({ poolSize: 2, dataFormat: 'channelsFirst' }), tf.layers.flatten(), tf.layers.dense({ units: 2 })] });
const d = tf.sequential({ layers: [tf.layers.depthwiseConv2d({ inputShape: [3, 6, 5], dataFormat: 'channelsFirst', kernelSize: 2, depthMultiplier: 2, padding: 'same' }), tf.layers.globalAveragePooling2d({ dataFormat: 'channelsFirst' }), tf.layers.dense({ units: 2 })] });
const e = tf.sequential({ layers: [tf.layers.conv1d({ inputShape: [3, 6], dataFormat: 'channelsFirst', filters: 4, kernelSize: 2 }), tf.layers.flatten(), tf.layers.dense({ units: 2 })] });
const f = tf.sequential({ layers: [tf.layers.maxPooling1d({ inputShape: [3, 6], dataFormat: 'channelsFirst', poolSize: 2, padding: 'same' }), tf.layers.flatten(), tf.layers.dense({ units: 2 })] });
const g = tf.sequential({ layers: [tf.layers.conv3d({ inputShape: [2, 4, 5, 3], dataFormat: 'channelsFirst', filters: 3, kernelSize: 2 }), tf.layers.flatten(), tf.layers.dense({ units: 2 })] });
const h = tf.sequential({ layers: [tf.layers.upSampling2d({ inputShape: [3, 4, 5], dataFormat: 'channelsFirst' }), tf.layers.batchNormalization({ axis: 1 }), tf.layers.flatten(), tf.layers.dense({ units: 2 })] });
