// A persistent cache of analysis results, one file per program entry (a JSON header line, then the result's JSON
// text, checked by its sha1), keyed by the entry's path, the analyzer's fingerprint and the options. The header
// lists every file the analysis asked for (content hash; missing: null), so a change to an imported helper, or a
// module appearing where an import found none, invalidates it. Corrupt cache files are ignored with a message.

import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { AnalyzeOptions, SourceHost } from '../core/api';
import type { CheckpointListing } from '../core/checkpoint/compare';
import { listingFile } from './checkpoint';
import type { ProgramResult } from '../core/model';

/** What an analysis read: path → sha1 of the text, or null when the file was missing or refused. */
export type ReadSet = [string, string | null][];

/** 2: header line + the result's JSON text (1 held the result inside one JSON object). */
const FORMAT = 2;

/** A cache file's first line; the result's JSON text follows it (`size` characters with this sha1). */
interface CacheHeader {
  format: number;
  key: string;
  entry: string;
  reads: ReadSet;
  size: number;
  sha1: string;
}

export function hashText(text: string | undefined): string | null {
  return text === undefined ? null : createHash('sha1').update(text).digest('hex');
}

/**
 * A host that remembers what was asked of it (each path once), for the cache's dependency list; `hashOf`
 * (a scan's `memoHasher`) hashes each file once per scan instead of once per program that reads it.
 */
export function recordingHost(inner: SourceHost, hashOf?: (path: string) => string | null): SourceHost & { reads(): ReadSet } {
  const seen = new Map<string, string | null>();
  return {
    readFile(p: string): string | undefined {
      const t = inner.readFile(p);
      if (!seen.has(p)) seen.set(p, hashOf ? hashOf(p) : hashText(t));
      return t;
    },
    // a restore's checkpoint: its index (or weights file) is a dependency like a source file
    readCheckpoint(p: string): CheckpointListing | undefined {
      const l = inner.readCheckpoint?.(p);
      const dep = l ? listingFile(l) : `${p}.index`;
      if (!seen.has(dep)) seen.set(dep, hashOf ? hashOf(dep) : hashText(inner.readFile(dep)));
      return l;
    },
    reads: () => [...seen],
  };
}

/**
 * One scan's view of the disk: each file read and hashed at most once (programs share helpers and probe the
 * same missing paths). Build a new one per scan; it never notices later changes.
 */
export function memoHasher(host: SourceHost): { host: SourceHost; hashOf(path: string): string | null } {
  const texts = new Map<string, string | undefined>();
  const hashes = new Map<string, string | null>();
  const read = (p: string): string | undefined => {
    if (!texts.has(p)) texts.set(p, host.readFile(p));
    return texts.get(p);
  };
  return {
    host: { readFile: read, ...(host.readCheckpoint ? { readCheckpoint: host.readCheckpoint.bind(host) } : {}) },
    hashOf(p: string): string | null {
      let h = hashes.get(p);
      if (h === undefined) hashes.set(p, (h = hashText(read(p))));
      return h;
    },
  };
}

/** The default cache folder: $XDG_CACHE_HOME/tfscope, ~/Library/Caches/tfscope, %LOCALAPPDATA%\tfscope\cache. */
export function defaultCacheDir(): string {
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'tfscope', 'cache');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'tfscope');
  return path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), 'tfscope');
}

let fingerprint: string | undefined;

/**
 * Identifies the analyzer code that produces results: the running bundle and the TF.js analyzer bundle beside
 * it (dist/), or, when running from compiled sources (out/), every compiled core file. By each file's size and
 * modification time, not its contents: reading and hashing the 11 MB of bundles took 100–200 ms of the
 * extension's first scan (bench:tree's CPU profile), and a build or an install writes every file anew.
 */
export function analyzerFingerprint(): string {
  if (fingerprint) return fingerprint;
  const h = createHash('sha1');
  const core = path.join(__dirname, '..', 'core');
  const files = fs.existsSync(core) ? listJs(core) : [__filename, path.join(__dirname, 'tsAnalyzer.js')];
  for (const f of files) {
    const st = fs.statSync(f, { throwIfNoEntry: false });
    h.update(`${f.slice(path.dirname(__dirname).length)}\0${st ? `${st.size}:${st.mtimeMs}` : 'missing'}\0`);
  }
  fingerprint = h.digest('hex').slice(0, 16);
  return fingerprint;
}

function listJs(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listJs(p));
    else if (e.name.endsWith('.js')) out.push(p);
  }
  return out;
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Cache files that could not be read or parsed, or did not match (each ignored and rewritten). */
  corrupt: number;
  /** Writes that failed (disk full, read-only folder): the scan goes on without caching. */
  writeErrors: number;
}

export class ScanCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, corrupt: 0, writeErrors: 0 };
  private readonly salt: string;

  /** `warn` receives one line per problem (corrupt file, failed write); the scan itself never fails on the cache. */
  constructor(readonly dir: string, options: AnalyzeOptions, private readonly warn: (message: string) => void, version = analyzerFingerprint()) {
    const o = { mode: options.mode ?? 'auto', target: options.target ?? 'auto', explore: options.explore ?? false, maxSteps: options.maxSteps ?? null, maxFileBytes: options.maxFileBytes ?? null, values: options.values ?? null, ...(options.packageRoots?.length ? { packageRoots: options.packageRoots } : {}) };
    this.salt = `${FORMAT}:${version}:${JSON.stringify(o)}`;
  }

  private fileFor(entry: string): { key: string; file: string } {
    const key = createHash('sha1').update(`${this.salt}\0${entry}`).digest('hex');
    return { key, file: path.join(this.dir, key.slice(0, 2), `${key}.json`) };
  }

  /**
   * The cached result for `entry` when every file its analysis read is unchanged: `hashOf(path)` is the hash of
   * the file as it is now (see `memoHasher`), null when missing.
   */
  get(entry: string, hashOf: (path: string) => string | null): ProgramResult | undefined {
    const json = this.getJson(entry, hashOf);
    return json === undefined ? undefined : (JSON.parse(json) as ProgramResult); // the text we wrote (sha1 checked)
  }

  /**
   * As `get`, the result as the JSON text `JSON.stringify` made of it when stored (checked by its sha1): a
   * `--json` scan writes it out as is, without parsing and re-serializing it.
   */
  getJson(entry: string, hashOf: (path: string) => string | null): string | undefined {
    const { key, file } = this.fileFor(entry);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      this.stats.misses++;
      return undefined;
    }
    const c = parseCacheFile(text, key, entry);
    if (!c) {
      this.stats.corrupt++;
      this.stats.misses++;
      this.warn(`tfscope: ignoring a corrupt cache file ${file}`);
      return undefined;
    }
    for (const [p, h] of c.header.reads) {
      if (hashOf(p) !== h) {
        this.stats.misses++;
        return undefined;
      }
    }
    this.stats.hits++;
    return c.json;
  }

  /** Stores `result` (whose `JSON.stringify` text may be given as `json`) with the files its analysis read. */
  put(entry: string, reads: ReadSet, result: ProgramResult, json = JSON.stringify(result)): void {
    this.putJson(entry, reads, json);
  }

  /** Stores a result given as its `JSON.stringify` text. */
  putJson(entry: string, reads: ReadSet, json: string): void {
    const { key, file } = this.fileFor(entry);
    const header: CacheHeader = { format: FORMAT, key, entry, reads, size: json.length, sha1: hashText(json)! };
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(tmp, `${JSON.stringify(header)}\n${json}`);
      fs.renameSync(tmp, file); // atomic: a reader sees the old file or the new one, never half of one
    } catch (e) {
      this.stats.writeErrors++;
      if (this.stats.writeErrors === 1) this.warn(`tfscope: cannot write the cache in ${this.dir} (${e instanceof Error ? e.message : String(e)}); going on without it`);
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        // nothing left to clean
      }
    }
  }
}

/** A cache file's header and result text when well-formed, for this key and entry, and intact (sha1); else undefined. */
function parseCacheFile(text: string, key: string, entry: string): { header: CacheHeader; json: string } | undefined {
  const nl = text.indexOf('\n');
  if (nl < 0) return undefined;
  let c: unknown;
  try {
    c = JSON.parse(text.slice(0, nl));
  } catch {
    return undefined;
  }
  if (typeof c !== 'object' || c === null) return undefined;
  const h = c as Partial<CacheHeader>;
  if (h.format !== FORMAT || h.key !== key || h.entry !== entry || !Array.isArray(h.reads) || typeof h.sha1 !== 'string') return undefined;
  if (!h.reads.every((r) => Array.isArray(r) && typeof r[0] === 'string' && (typeof r[1] === 'string' || r[1] === null))) return undefined;
  const json = text.slice(nl + 1);
  if (json.length !== h.size || hashText(json) !== h.sha1) return undefined;
  return { header: h as CacheHeader, json };
}
