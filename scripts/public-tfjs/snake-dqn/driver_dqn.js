// Our driver for tfjs-examples/snake-dqn: the online and target networks its agent.js makes for a 9x9 board and
// 3 actions, the target frozen as the agent does.
import { createDeepQNetwork } from './dqn';

const height = 9;
const width = 9;
const numActions = 3;
const onlineNetwork = createDeepQNetwork(height, width, numActions);
const targetNetwork = createDeepQNetwork(height, width, numActions);
targetNetwork.trainable = false;
onlineNetwork.summary(undefined, undefined, () => undefined);
