// Our driver for kastanx/dqn-test: NonStaticAgent's predict and train networks when modelToUse is the dense Model.
import { Model } from './Model';

const predictModel = Model.create();
const trainModel = Model.create();
