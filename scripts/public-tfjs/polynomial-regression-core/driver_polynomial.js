// Our driver for tfjs-examples/polynomial-regression-core: the page loads index.js, whose top level makes the four
// scalar coefficients with tf.variable and the SGD optimizer, then starts learnCoefficients() (vega-embed stubbed).
import './index';
