// Our driver for tfjs-examples/baseball-node: its strike-zone and pitch-type modules each build and compile a
// model when loaded.
const strikeZone = require('./strike_zone');
const pitchType = require('./pitch_type');

strikeZone.model.summary(undefined, undefined, () => undefined);
