// Used by 083: a classic script with no import of its own: `tf` and `units` are the global object's properties,
// and it leaves `headUnits` there for the program.
declare const tf: any;
declare const units: number;
const head = tf.sequential();
head.add(tf.layers.dense({ units, inputShape: [4] }));
(globalThis as any).headUnits = units + 2;
