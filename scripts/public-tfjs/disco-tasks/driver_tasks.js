// Our driver for epfml/disco: each default task provider's getModel() builds and compiles its tf.sequential model
// (wrapped in discojs' models.TFJS, from ../index.js, which the recording stubs), as the task registry does.
import { titanic } from './titanic';
import { mnist } from './mnist';
import { lusCovid } from './lus_covid';

const providers = [titanic, mnist, lusCovid];
const models = providers.map((p) => p.getModel());
