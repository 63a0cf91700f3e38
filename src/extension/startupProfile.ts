// Benchmark aid: with TFSCOPE_CPU_PROFILE=path in the extension host's environment (bench:tree --profile), records
// a V8 CPU profile of this thread from activation until the first scan ends and writes it there (.cpuprofile, for
// Chrome DevTools or speedscope). Without the variable it does nothing (the inspector module is a Node built-in).
import * as fs from 'fs';
import * as inspector from 'inspector';
import type { WorkspaceAnalysis } from './workspace';

export function profileFirstScan(analysis: WorkspaceAnalysis, log: (m: string) => void): void {
  const out = process.env.TFSCOPE_CPU_PROFILE;
  if (!out) return;
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 200 }, () => session.post('Profiler.start')));
  void analysis.ensureStarted().then(() => {
    session.post('Profiler.stop', (err, res) => {
      if (err) log(`cpu profile: ${String(err)}`);
      else fs.writeFileSync(out, JSON.stringify(res.profile));
      session.disconnect();
    });
  });
}
