// `tfscope compare PROGRAM CKPT --sarif` against checkpoints real TensorFlow wrote (test/fixtures/checkpoints):
// the log has SARIF 2.1.0's required structure (checked field by field against the standard's required
// properties), stable rule ids, and each finding at the variable's line or the restore call's line.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCompare } from '../../src/cli/compare';
import { RULES } from '../../src/cli/sarif';
import { capture as captureRun } from '../support/capture';

const ROOT = path.resolve(__dirname, '../../..');

interface Region { startLine: number; startColumn?: number; endLine?: number; endColumn?: number }
interface Loc { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: Region } }
interface Result { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Loc[]; relatedLocations?: (Loc & { id: number })[] }
interface Run { tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } }; results: Result[]; originalUriBaseIds: Record<string, { uri: string }>; artifacts: { location: { uri: string } }[] }
interface Log { $schema: string; version: string; runs: Run[] }

/** SARIF 2.1.0's required properties and value sets (sarif-schema-2.1.0: sarifLog, run, toolComponent, result, location, region). */
function checkStructure(log: Log): void {
  assert.strictEqual(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.ok(Array.isArray(log.runs) && log.runs.length === 1);
  const run = log.runs[0]!;
  assert.strictEqual(typeof run.tool.driver.name, 'string');
  const ids = run.tool.driver.rules.map((r) => r.id);
  assert.strictEqual(new Set(ids).size, ids.length, 'rule ids are unique');
  for (const r of run.tool.driver.rules) {
    assert.ok(r.shortDescription.text.length > 0);
    assert.ok(['none', 'note', 'warning', 'error'].includes(r.defaultConfiguration.level));
  }
  for (const [, base] of Object.entries(run.originalUriBaseIds)) assert.match(base.uri, /^file:\/\/\/.*\/$/, 'a base URI is absolute and ends with /');
  for (const res of run.results) {
    assert.strictEqual(typeof res.message.text, 'string');
    assert.ok(['none', 'note', 'warning', 'error'].includes(res.level));
    assert.strictEqual(run.tool.driver.rules[res.ruleIndex]!.id, res.ruleId, 'ruleIndex points at the rule');
    for (const l of [...res.locations, ...(res.relatedLocations ?? [])]) {
      const a = l.physicalLocation.artifactLocation;
      assert.ok(!path.isAbsolute(a.uri) && !a.uri.includes('\\'), `relative URI with / separators: ${a.uri}`);
      assert.ok(a.uriBaseId === undefined || a.uriBaseId in run.originalUriBaseIds);
      const r = l.physicalLocation.region;
      if (r) {
        assert.ok(Number.isInteger(r.startLine) && r.startLine >= 1);
        if (r.endLine !== undefined) assert.ok(r.endLine >= r.startLine);
      }
    }
  }
}

const lineOf = (file: string, n: number): string => fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n')[n - 1]!;

describe('tfscope compare --sarif', function () {
  this.timeout(60000);
  const cwd = process.cwd();
  before(() => process.chdir(ROOT));
  after(() => process.chdir(cwd));

  it('a fine-tuning program against a TF1 Saver checkpoint: mismatched and missing variables at their lines, the unused entry at the index', async () => {
    const r = await captureRun(runCompare, ['test/fixtures/checkpoints/programs/finetune.py', 'test/fixtures/checkpoints/tf1_saver', '--sarif']);
    assert.strictEqual(r.code, 1, r.err);
    const log = JSON.parse(r.out) as Log;
    checkStructure(log);
    const run = log.runs[0]!;
    assert.deepStrictEqual(run.tool.driver.rules.map((x: { id: string }) => x.id), RULES.map((x) => x.id));
    const got = run.results.map((x) => [x.ruleId, x.level, x.locations[0]!.physicalLocation.artifactLocation.uri, x.locations[0]!.physicalLocation.region?.startLine ?? null]);
    assert.deepStrictEqual(got, [
      ['tfscope/checkpoint-mismatched', 'error', 'test/fixtures/checkpoints/programs/finetune.py', 13],
      ['tfscope/checkpoint-missing', 'warning', 'test/fixtures/checkpoints/programs/finetune.py', 14],
      ['tfscope/checkpoint-missing', 'warning', 'test/fixtures/checkpoints/programs/finetune.py', 15],
      ['tfscope/checkpoint-unused', 'note', 'test/fixtures/checkpoints/tf1_saver/model.ckpt.index', null],
    ]);
    assert.match(lineOf('test/fixtures/checkpoints/programs/finetune.py', 13), /get_variable\("kernel", \[8, 16\]\)/);
    assert.match(run.results[0]!.message.text, /^bert\/pooler\/dense\/kernel: shape \[8,8\] in the checkpoint, \[8,16\] in the program/);
    assert.match(run.results[3]!.message.text, /^conv\/filters /);
  });

  it('a restore call that raises: the analysis\'s finding at the call\'s line, in TensorFlow\'s words, under a rule of its own', async () => {
    const file = 'test/fixtures/checkpoints/restore/04_shape.py';
    const r = await captureRun(runCompare, [file, 'test/fixtures/checkpoints/tf1_saver', '--sarif', '--scope', 'bert']);
    const log = JSON.parse(r.out) as Log;
    checkStructure(log);
    const call = log.runs[0]!.results.filter((x) => x.ruleId === 'tfscope/checkpoint-shape-mismatch');
    assert.strictEqual(call.length, 1);
    const line = call[0]!.locations[0]!.physicalLocation.region!.startLine;
    assert.match(lineOf(file, line), /init_from_checkpoint\(/);
    assert.strictEqual(call[0]!.level, 'error');
    assert.match(call[0]!.message.text, /^ValueError: Shape of variable bert\/pooler\/dense\/kernel:0 \(\(8, 16\)\) doesn't match with shape of tensor bert\/pooler\/dense\/kernel \(\[8, 8\]\) from checkpoint reader\.$/);
    // the mismatched variable itself, with the restore call as its related location
    const v = log.runs[0]!.results.find((x) => x.ruleId === 'tfscope/checkpoint-mismatched')!;
    assert.match(lineOf(file, v.locations[0]!.physicalLocation.region!.startLine), /pooler\/dense\/kernel/);
    assert.strictEqual(v.relatedLocations![0]!.physicalLocation.region!.startLine, line);
  });

  it('one scope too deep: the prefix finding carries the assignment map; the positional checkpoint equals --checkpoint', async () => {
    const a = await captureRun(runCompare, ['test/fixtures/checkpoints/programs/prefixed.py', 'test/fixtures/checkpoints/tf1_saver', '--sarif']);
    const b = await captureRun(runCompare, ['test/fixtures/checkpoints/programs/prefixed.py', '--checkpoint', 'test/fixtures/checkpoints/tf1_saver', '--sarif']);
    assert.strictEqual(a.out, b.out);
    const log = JSON.parse(a.out) as Log;
    checkStructure(log);
    const fix = log.runs[0]!.results.filter((x) => x.ruleId === 'tfscope/checkpoint-prefix');
    assert.strictEqual(fix.length, 1);
    assert.match(fix[0]!.message.text, /init_from_checkpoint\(ckpt, \{"bert\/":"model\/bert\/"\}\)/);
    assert.strictEqual((await captureRun(runCompare, ['test/fixtures/checkpoints/programs/prefixed.py', 'x', '--json', '--sarif'])).code, 2);
  });
});
