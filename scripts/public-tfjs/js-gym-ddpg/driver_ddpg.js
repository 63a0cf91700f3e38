// Our driver for bobiblazeski/js-gym: server/mk/example.js takes the actor and critic builders from model.js(tf) and
// hands them to its DDPG agent (not in the repository); here each is called once.
const tf = require('@tensorflow/tfjs');
const { actor, critic } = require('./model')(tf);

const actorNet = actor();
const criticNet = critic();
