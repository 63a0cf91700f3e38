// Config values through whole programs (lib/configs.ts, lib/hparams.ts): the pieces (literal parsing, `# tfscope:`
// comments, JSON floats, copies, HParams' parse_values) and whole analyses over an in-memory workspace: files read
// through the host, values missing from outside named once, and supplied by comment or by options.values.
import * as assert from 'assert';
import type { Analyzer, AnalyzeOptions } from '../../../src/core/api';
import type { ProgramResult } from '../../../src/core/model';
import { diagnosticKind } from '../../../src/core/diagnosticKinds';
import { copyValue, parseAssignments, parseJson, parseLiteral, tfscopeComments } from '../../../src/core/python/lib/configs';
import { parseValues } from '../../../src/core/python/lib/hparams';
import { int, pyRepr, str, type Value } from '../../../src/core/python/values';
import { loadAnalyzer } from '../../../src/host/node';

const V1 = 'import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\n';

describe('config values', function () {
  let analyzer: Analyzer;
  before(async () => {
    analyzer = await loadAnalyzer();
  });
  const run = (files: Record<string, string>, options: AnalyzeOptions = {}): ProgramResult =>
    analyzer.analyze('/ws/main.py', { readFile: (p) => files[p] }, options);
  const shapes = (r: ProgramResult): [string, (number | null)[] | null][] => r.variables.map((v) => [v.name, v.shape]);
  const missing = (r: ProgramResult): string[] => r.diagnostics.filter((d) => d.code === 'missing-value').map((d) => d.message);

  describe('pieces', () => {
    it('parses the literals a user writes after name=', () => {
      assert.deepStrictEqual(['12', '-3', '0.5', '1e-3', 'True', 'false', 'None', "'gelu'", '"a b"', 'relu', '[1, 2]'].map((t) => pyRepr(parseLiteral(t))),
        ['12', '-3', '0.5', '0.001', 'True', 'False', 'None', "'gelu'", "'a b'", "'relu'", '[1, 2]']);
    });

    it('reads name=value pairs of # tfscope: comments (commas or spaces, later ones win, dotted names by their last part)', () => {
      const text = 'import x\n# tfscope: n_layer=12, n_embd=768\n  #tfscope: act="gelu" hparams.n_head=4 widths=[2, 3]\n# not tfscope: a=1\nx = 1  # tfscope: b=2\n';
      assert.deepStrictEqual(tfscopeComments(text).map(([k, v]) => [k, pyRepr(v)]),
        [['n_layer', '12'], ['n_embd', '768'], ['act', "'gelu'"], ['n_head', '4'], ['widths', '[2, 3]']]);
      assert.deepStrictEqual(parseAssignments('a = 1,b=x').map(([k, v]) => [k, pyRepr(v)]), [['a', '1'], ['b', "'x'"]]);
    });

    it("keeps JSON's floats floats (1.0 is not an int, as Python's json reads it)", () => {
      const v = parseJson('{"a": 1.0, "b": 2, "c": [1e2, -0.5], "s": "1.5"}')!;
      assert.strictEqual(pyRepr(v), "{'a': 1.0, 'b': 2, 'c': [100.0, -0.5], 's': '1.5'}");
      assert.strictEqual(parseJson('{bad'), undefined);
    });

    it('copies deep and shallow as Python does (shared lists in a shallow copy, cycles kept)', () => {
      const inner: Value = { t: 'list', items: [int(1)] };
      const c = { name: 'C', attrs: new Map(), bases: [], module: null as never };
      const o: Value & { t: 'instance' } = { t: 'instance', c, attrs: new Map([['xs', inner], ['n', int(2)]]) };
      o.attrs.set('self', o);
      const deep = copyValue(o, true) as typeof o;
      const shallow = copyValue(o, false) as typeof o;
      assert.notStrictEqual(deep.attrs.get('xs'), inner);
      assert.strictEqual(deep.attrs.get('self'), deep);
      assert.strictEqual(shallow.attrs.get('xs'), inner);
      assert.strictEqual(copyValue({ t: 'tensor', shape: [2], dtype: 'float32' }, true).t, 'unknown');
      assert.deepStrictEqual(copyValue(str('s'), true), str('s'));
    });

    it("parses HParams.parse strings by each hparam's type, with TF 1.15's messages", () => {
      const types: Record<string, string> = { a: 'int', b: 'float', c: 'bool', d: 'str', e: 'int' };
      const typeOf = (n: string): string | undefined => types[n];
      const ok = parseValues('a=3,b=1e-2, c=false,d=x y,e=[1, 2,3]', typeOf);
      assert.strictEqual(typeof ok === 'string' ? ok : pyRepr(ok), "{'a': 3, 'b': 0.01, 'c': False, 'd': 'x y', 'e': [1, 2, 3]}");
      const zero = parseValues('c=0', typeOf);
      assert.strictEqual(typeof zero === 'string' ? zero : pyRepr(zero), "{'c': False}");
      assert.strictEqual(parseValues('a=1.5', typeOf), "Could not parse hparam 'a' of type 'int' with value '1.5' in a=1.5");
      assert.strictEqual(parseValues('z=1', typeOf), 'Unknown hyperparameter type for z');
      assert.strictEqual(parseValues('a=1,a=2', typeOf), "Multiple assignments to variable 'a' in a=1,a=2");
      assert.strictEqual(parseValues('=1', typeOf), 'Malformed hyperparameter value: =1');
    });
  });

  describe('whole programs', () => {
    it('reads a workspace JSON through the host, relative to the entry, and lists it among the files read', () => {
      const r = run({
        '/ws/main.py': `${V1}import json\nwith tf.gfile.GFile("conf/c.json", "r") as f:\n  c = json.loads(f.read())\ntf.get_variable("w", [c["n"], c["m"]])\n`,
        '/ws/conf/c.json': '{"n": 3, "m": 4}',
      });
      assert.deepStrictEqual(shapes(r), [['w', [3, 4]]]);
      assert.ok(r.files.includes('/ws/conf/c.json'));
      assert.deepStrictEqual(missing(r), []);
    });

    it('finds a config next to a module through __file__ and os.path (GPT-2 and BERT scripts do)', () => {
      const r = run({
        '/ws/main.py': `${V1}import json, os\nfrom pkg import conf\ntf.get_variable("w", [conf.load("small")["n"]])\n`,
        '/ws/pkg/__init__.py': '',
        '/ws/pkg/conf.py': 'import json, os\nHERE = os.path.dirname(os.path.abspath(__file__))\n' +
          'def load(name):\n  with open(os.path.join(HERE, "configs", name + ".json")) as f:\n    return json.load(f)\n',
        '/ws/pkg/configs/small.json': '{"n": 7}',
      });
      assert.deepStrictEqual(shapes(r), [['w', [7]]]);
      assert.ok(r.files.includes('/ws/pkg/configs/small.json'));
      const unknownPath = run({ '/ws/main.py': `${V1}import json, sys\nc = json.load(open(sys.argv[1]))\ntf.get_variable("w", [c["n"]])\n` });
      assert.deepStrictEqual(shapes(unknownPath), [['w', [null]]]);
      assert.match(missing(unknownPath).join('\n'), /^The path of the file read here is not known statically/);
      // a key read from a file outside the workspace is named, and taken from the user
      const outside = `${V1}import json\nc = json.load(open("/data/c.json"))\ntf.get_variable("w", [c["n"], c["m"]])\n`;
      assert.deepStrictEqual(missing(run({ '/ws/main.py': outside })).map((m) => /^(\S+)/.exec(m)?.[1]), ["'/data/c.json'", '`c["n"]`', '`c["m"]`']);
      assert.deepStrictEqual(shapes(run({ '/ws/main.py': `# tfscope: n=2, m=3\n${outside}` })), [['w', [2, 3]]]);
    });

    it('names a config file outside the workspace and each value read from it, once; values supplied fill them', () => {
      const prog = `${V1}import json\nclass C(object):\n  def __init__(self):\n    self.n = 1\n` +
        `c = C()\nwith open("/elsewhere/c.json") as f:\n  for k, v in json.load(f).items():\n    setattr(c, k, v)\n` +
        `tf.get_variable("w", [c.n, c.n])\ntf.get_variable("u", [c.n])\n`;
      const bare = run({ '/ws/main.py': prog });
      assert.deepStrictEqual(shapes(bare), [['w', [null, null]], ['u', [null]]]);
      assert.deepStrictEqual(bare.diagnostics.filter((d) => d.raises), []);
      const notes = bare.diagnostics.filter((d) => d.code === 'missing-value');
      assert.deepStrictEqual(notes.map((d) => [d.line, diagnosticKind(d), d.severity]), [[8, 'analysis', 'info'], [11, 'analysis', 'info']]);
      assert.match(notes[0]!.message, /^'\/elsewhere\/c\.json' is not in the workspace/);
      assert.match(notes[1]!.message, /^`c\.n` is not known statically .*`# tfscope: n=\.\.\.`.*`tfscope scan --set n=\.\.\.`/);
      assert.deepStrictEqual(shapes(run({ '/ws/main.py': `# tfscope: n=5\n${prog}` })), [['w', [5, 5]], ['u', [5]]]);
      assert.deepStrictEqual(shapes(run({ '/ws/main.py': prog }, { values: { n: '7' } })), [['w', [7, 7]], ['u', [7]]]);
      // the comment wins over --set (it is the program's own statement)
      assert.deepStrictEqual(shapes(run({ '/ws/main.py': `# tfscope: n=5\n${prog}` }, { values: { n: '7' } })), [['w', [5, 5]], ['u', [5]]]);
    });

    it("keeps flags' defaults, names a flag without one, and takes a supplied flag value as the command line would", () => {
      const prog = `${V1}flags = tf.flags\nFLAGS = flags.FLAGS\nflags.DEFINE_integer("units", 3, "")\nflags.DEFINE_integer("depth", None, "")\n` +
        'def main(_):\n  for i in range(FLAGS.depth or 1):\n    tf.get_variable("w%d" % i, [FLAGS.units])\ntf.app.run(main)\n';
      const bare = run({ '/ws/main.py': prog });
      assert.deepStrictEqual(shapes(bare), [['w0', [3]]]);
      assert.match(missing(bare).join('\n'), /^`FLAGS\.depth` is not known statically \(the flag --depth has no default\)/);
      assert.deepStrictEqual(shapes(run({ '/ws/main.py': prog }, { values: { depth: '2', units: '5' } })), [['w0', [5]], ['w1', [5]]]);
    });

    it('a flag no DEFINE_* declares is not TF\'s None: no false shape error, and its value can be supplied', () => {
      const prog = `${V1}FLAGS = tf.app.flags.FLAGS\ntf.app.flags.DEFINE_integer("units", 3, "")\n` +
        'w = tf.get_variable("w", [FLAGS.units, FLAGS.num_classes], initializer=tf.zeros_initializer())\nb = tf.get_variable("b", [FLAGS.num_classes])\n';
      const bare = run({ '/ws/main.py': prog });
      assert.deepStrictEqual(shapes(bare), [['w', [3, null]], ['b', [null]]]);
      assert.deepStrictEqual(bare.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
      assert.deepStrictEqual(shapes(run({ '/ws/main.py': prog }, { values: { num_classes: '7' } })), [['w', [3, 7]], ['b', [7]]]);
    });

    it('HParams: attributes, override_from_dict with casts, parse, values; an unreadable override names each hparam', () => {
      const prog = `${V1}hp = tf.contrib.training.HParams(n=2, scale=0.5, sizes=[1])\nhp.override_from_dict({"n": 3, "scale": 2})\n` +
        'hp.parse("sizes=[4,5]")\ntf.get_variable("w", [hp.n, len(hp.values()), hp.sizes[1]])\ntf.get_variable("s", [len(str(hp.scale))])\n' +
        'if "n" in hp and "q" not in hp:\n  tf.get_variable("has_n", [1])\n';
      assert.deepStrictEqual(shapes(run({ '/ws/main.py': prog })), [['w', [3, 3, 5]], ['s', [3]], ['has_n', [1]]]);
      const unread = `${V1}import json\nhp = tf.contrib.training.HParams(n_layer=1, n_embd=4)\nhp.override_from_dict(json.load(open("models/hparams.json")))\n` +
        'for i in range(hp.n_layer):\n  tf.get_variable("h%d" % i, [hp.n_embd])\n';
      const r = run({ '/ws/main.py': unread });
      assert.deepStrictEqual(r.diagnostics.filter((d) => d.raises), []);
      assert.deepStrictEqual(missing(r).map((m) => /^(.*?) (is|are) not/.exec(m)?.[1]), ["'models/hparams.json'", '`n_layer`, `n_embd`']);
      assert.deepStrictEqual(shapes(run({ '/ws/main.py': `# tfscope: n_layer=2 n_embd=8\n${unread}` })), [['h0', [8]], ['h1', [8]]]);
      const withFile = run({ '/ws/main.py': unread, '/ws/models/hparams.json': '{"n_layer": 3, "n_embd": 6}' });
      assert.deepStrictEqual(shapes(withFile), [['h0', [6]], ['h1', [6]], ['h2', [6]]]);
    });

    it("HParams raises TF 1.15's errors where TF would, and not for values it cannot see", () => {
      const err = (body: string): [string, string] | undefined => {
        const d = run({ '/ws/main.py': `${V1}hp = tf.contrib.training.HParams(n=2, r=0.5, xs=[1])\n${body}\n` }).diagnostics.find((x) => x.raises);
        return d ? [d.raises!.type, d.raises!.message] : undefined;
      };
      assert.deepStrictEqual(err('hp.set_hparam("n", 1.5)'), ['ValueError', "Could not cast hparam 'n' of type '<class 'int'>' from value 1.5"]);
      assert.deepStrictEqual(err('hp.set_hparam("r", "a")'), ['ValueError', "Could not cast hparam 'r' of type '<class 'float'>' from value 'a'"]);
      assert.deepStrictEqual(err('hp.set_hparam("xs", 2)'), ['ValueError', 'Must pass a list for multi-valued parameter: xs.']);
      assert.deepStrictEqual(err('hp.set_hparam("n", [2])'), ['ValueError', 'Must not pass a list for single-valued parameter: n']);
      assert.deepStrictEqual(err('hp.set_hparam("q", 1)'), ['KeyError', "'q'"]);
      assert.deepStrictEqual(err('hp.add_hparam("n", 1)'), ['ValueError', 'Hyperparameter name is reserved: n']);
      assert.deepStrictEqual(err('hp.add_hparam("e", [])'), ['ValueError', 'Multi-valued hyperparameters cannot be empty: e']);
      assert.deepStrictEqual(err('hp.set_hparam("r", 2)'), undefined);
      assert.deepStrictEqual(err('import sys\nhp.set_hparam("n", sys.argv[1])'), undefined);
    });

    it('a deepcopy of a config is independent; a dataclass gets its generated __init__', () => {
      const r = run({
        '/ws/main.py': `${V1}import copy, dataclasses\nfrom cfg import Cfg\n@dataclasses.dataclass\nclass D:\n  a: int\n  b: int = 4\n` +
          'c = Cfg(2)\nd = copy.deepcopy(c)\nd.n = 9\nx = D(1)\ntf.get_variable("w", [c.n, d.n, x.a, x.b, D(5, b=6).b])\n',
        '/ws/cfg.py': 'class Cfg(object):\n  def __init__(self, n):\n    self.n = n\n',
      });
      assert.deepStrictEqual(shapes(r), [['w', [2, 9, 1, 4, 6]]]);
    });
  });
});
