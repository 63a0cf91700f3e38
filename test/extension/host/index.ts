// Extension-host test entry (`extensionTestsPath`): runs every *.suite.js next to this file with mocha
// inside the real VS Code extension host (code-server in CI, desktop VS Code via test:electron).
import * as fs from 'fs';
import * as path from 'path';

export function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mocha = require('mocha') as typeof import('mocha');
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const only = process.env.TFSCOPE_HOST_SUITES?.split(',');
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.suite.js') && (!only || only.some((o) => f.startsWith(o)))) mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      console.log(`TFSCOPE_HOST_RESULT ${JSON.stringify({ failures })}`);
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
  });
}
