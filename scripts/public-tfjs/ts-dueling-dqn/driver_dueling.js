// Our driver for kastanx/dqn-test: NonStaticAgent makes its predict and train networks with modelToUse.create(),
// here the dueling network (two heads joined by the custom AggregateLayer).
import { DuelingDqn } from './DuelingDqn';

const predictModel = DuelingDqn.create();
const trainModel = DuelingDqn.create();
