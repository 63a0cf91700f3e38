// A driver that reaches TF.js only through a workspace module (`./_driver_model.js` names the .ts file), with
// sizes parsed from strings ('128,64'.split(',').map(Number), parseInt) and layers chosen in a switch.
import { buildModel } from './_driver_model.js';

const sizes = '128,64'.split(',').map(Number);
const model = buildModel('dense', sizes);
const other = buildModel('other', ['5', '3'].map((x) => parseInt(x, 10)));
const third = buildModel('dropout', '7 2 9'.split(' ').map((s) => Number(s)));
model.summary(undefined, undefined, () => undefined);
