/** Helpers for CLI tests: run a command of lib/cli in a child process, and a throw-away copy of data/. */
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DATA_DIR } from '../../lib/dataset/read-dataset';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Runs `lib/cli/<script>.ts` with `args`; `nodeArgs` go to Node itself (a heap limit, say). A command still running
 * after `timeout` (120 s unless told) is killed, so a hang fails the test instead of blocking the runner.
 */
export function runCli(script: string, args: string[], options: SpawnSyncOptions & { nodeArgs?: string[] } = {}) {
  const { nodeArgs = [], ...rest } = options;
  return spawnSync(process.execPath, [...nodeArgs, '--import', 'tsx', `lib/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
    ...rest,
  }) as ReturnType<typeof spawnSync> & { stdout: string; stderr: string };
}

/** A copy of data/ in a fresh folder of its own (`<tmp>/on-record-…/data`), so nothing beside it is shared. */
export function tempData(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'on-record-data-')), 'data');
  mkdirSync(dir);
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

/** Every file under `dir` with its bytes, keyed by relative path: two snapshots are equal when nothing changed. */
export function snapshot(dir: string, prefix = ''): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const [k, v] of snapshot(path, `${prefix}${name}/`)) out.set(k, v);
    else out.set(`${prefix}${name}`, readFileSync(path));
  }
  return out;
}

/** The one line a CLI wrote to stderr, with no stack trace. */
export function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  if (lines.length !== 1 || /^\s+at /m.test(stderr)) throw new Error(`expected one line on stderr, got:\n${stderr}`);
  return lines[0]!;
}
