// Our driver for epfml/disco: the wikitext task's getModel() is `new models.GPT()`, whose constructor makes
// `new GPTForCausalLM(partialConfig)` (a tf.LayersModel subclass over GPTArchitecture, default config gpt-nano) and
// whose train() first calls its compile() (tf.train.adam, weightDecay 0).
import { GPTForCausalLM } from './model';

const model = new GPTForCausalLM(undefined, undefined);
model.compile();
