// Our driver for kiancross/unifed backend-ml: its train script gets each spam model by name with getModel and the
// default Config; every model is a Sequential subclass whose constructor adds its layers and compiles.
import { defaultConfig } from '../config';
import { getModel, modelNames } from './models';

const models = modelNames.map((name) => getModel(name, defaultConfig));
