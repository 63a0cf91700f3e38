// Our driver for KristoferSundequist.github.io: src/ppo/ppo.ts makes two Adam optimizers and the actor and critic
// with getActor/getCritic for game_enemy_slide (state size 8, 4 actions).
import * as tf from '@tensorflow/tfjs';
import { getActor, getCritic } from './model';

const optimizerPi = tf.train.adam(0.0003, 0.9, 0.999, 1e-5);
const optimizerVf = tf.train.adam(0.001, 0.9, 0.999, 1e-5);
const actor = getActor(4, 8);
const critic = getCritic(8);
