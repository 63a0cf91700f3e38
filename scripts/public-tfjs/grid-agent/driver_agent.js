// Our driver for Soare-Robert-Daniel/diploma-de-licenta: web-app-2's store makes its agent as `new Agent()` (the
// model built by buildModel in the constructor).
import Agent from './agent.js';

const agent = new Agent();
