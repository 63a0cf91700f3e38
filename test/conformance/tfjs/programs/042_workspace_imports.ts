import * as tf from '@tensorflow/tfjs';
import embeddingTable, { createClassifier, INPUTS } from './_models';

const clf = createClassifier(3);
const table = embeddingTable(10);
const probe = tf.variable(tf.zeros([INPUTS]), false, 'probe');
