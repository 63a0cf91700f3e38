// Writes test/fixtures/checkpoints/tfjs/ with real TensorFlow.js (@tensorflow/tfjs from node_modules): a small
// seeded model saved the way tf.io's file handlers lay it out (model.json + weights shards of at most 64 bytes,
// so tensors span shards), and list.json: each weight's name, shape, dtype and values as TF.js reports them.
//   node scripts/checkpoints/make_tfjs_fixture.mjs [--tfjs /tmp/tfjs-ref]   (npm install --prefix /tmp/tfjs-ref @tensorflow/tfjs@4.22.0)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

// @tensorflow/tfjs from --tfjs DIR (an install outside the repo, as the TF.js recorder uses), else node_modules
const at = process.argv.indexOf('--tfjs');
const tf = createRequire(at > 0 ? path.join(path.resolve(process.argv[at + 1]), 'node_modules/') : import.meta.url)('@tensorflow/tfjs');

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '../../test/fixtures/checkpoints/tfjs');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

const model = tf.sequential({ layers: [
  tf.layers.dense({ units: 3, inputShape: [4], kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }), biasInitializer: 'ones' }),
  tf.layers.dense({ units: 2, kernelInitializer: tf.initializers.randomNormal({ seed: 2 }) }),
] });
const SHARD = 64;
await model.save(tf.io.withSaveHandler(async (artifacts) => {
  const data = new Uint8Array(artifacts.weightData);
  const paths = [];
  for (let o = 0, i = 0; o < data.length; o += SHARD, i++) {
    const name = `group1-shard${i + 1}of${Math.ceil(data.length / SHARD)}.bin`;
    fs.writeFileSync(path.join(dir, name), data.subarray(o, o + SHARD));
    paths.push(name);
  }
  const json = { modelTopology: artifacts.modelTopology, format: 'layers-model', generatedBy: `TensorFlow.js tfjs-layers v${tf.version.tfjs}`,
    weightsManifest: [{ paths, weights: artifacts.weightSpecs }] };
  fs.writeFileSync(path.join(dir, 'model.json'), JSON.stringify(json));
  return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
}));
const list = model.weights.map((w) => ({ name: w.name, shape: w.shape, dtype: w.dtype, values: Array.from(w.read().dataSync()) }));
fs.writeFileSync(path.join(dir, 'list.json'), JSON.stringify(list, null, 1));
console.log(fs.readdirSync(dir).join(' '));
