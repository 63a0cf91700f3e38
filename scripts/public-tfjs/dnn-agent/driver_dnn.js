// Our driver for Soare-Robert-Daniel/diploma-de-licenta: the web app makes its agent with DNNAgent.buildModel().
import DNNAgent from './DNNAgent.js';

const agent = DNNAgent.buildModel();
