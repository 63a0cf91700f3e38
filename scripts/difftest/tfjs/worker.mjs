// A differential-testing worker: runs TF.js programs with the real @tensorflow/tfjs, one after another, each with
// TF.js's naming state reset (tfjs-recorder.mjs `fresh`), and answers each with its record over the IPC channel.
// Started by test/difftest/tfjs/pool.ts as `node worker.mjs <tfjsDir>`; messages: {id, file, dir} -> {id, rec}.
import { createRecorder } from '../../conformance/tfjs-recorder.mjs';

const recorder = createRecorder(process.argv[2]);
process.on('message', (m) => {
  let rec;
  try {
    rec = recorder.record(m.file, m.dir, true);
  } catch (e) {
    rec = { crash: String(e?.stack ?? e) };
  }
  process.send({ id: m.id, rec });
});
process.send({ ready: true });
