/**
 * Writes a merge all or nothing: the merged files go into a temporary copy of data/, the copy is put in canonical form
 * and checked whole with the dataset check, and only a copy that passes replaces the changed files of data/ (each
 * staged beside its target, then renamed over it). On any failure data/ is left byte for byte as it was.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Manifest } from '../../data/schema';
import { formatJson } from './canonical';
import { canonicalTexts, checkDataset } from './check-dataset';
import type { MergeResult } from './merge-flags';
import { DatasetReadError, parseDatasetTexts, readDatasetTexts } from './read-dataset';

/** The longest file name most file systems accept, in bytes. */
const MAX_NAME_BYTES = 255;

export type WriteResult = { ok: true; changed: string[] } | { ok: false; errors: string[] };

const flagName = (result: MergeResult, id: string | null) => {
  const index = id === null ? undefined : result.flagOf.get(id);
  return index === undefined ? '' : `flag ${index + 1}: `;
};

/** The files the merge writes, keyed by path relative to data/, before canonical ordering. */
function mergedFiles(result: MergeResult, manifest: Manifest, today: string): Map<string, string> {
  const [major, minor, patch] = manifest.version.split('.').map(Number);
  const files = new Map([['people.json', formatJson(result.people)]]);
  for (const person of new Set(result.added.map((s) => s.person)))
    files.set(`statements/${person}.json`, formatJson(result.statements.filter((s) => s.person === person)));
  const version = `${major}.${minor}.${(patch ?? 0) + 1}`;
  files.set('manifest.json', formatJson({ ...manifest, version, updated: today }));
  return files;
}

/** Builds and checks the merged dataset in a copy of `dataDir`; returns the copy's files that differ from data/. */
function buildCopy(dataDir: string, copy: string, result: MergeResult, manifest: Manifest, today: string) {
  cpSync(dataDir, copy, { recursive: true });
  for (const [file, text] of mergedFiles(result, manifest, today)) writeFileSync(join(copy, file), text);
  for (const [file, text] of canonicalTexts(parseDatasetTexts(readDatasetTexts(copy))))
    writeFileSync(join(copy, file), text);
  const texts = readDatasetTexts(copy);
  const problems = checkDataset(parseDatasetTexts(texts), texts, today);
  const errors = problems.map(
    (p) =>
      `${flagName(result, p.id)}data/${p.file}${p.id ? ` [${p.id}]` : ''}${p.field ? ` ${p.field}` : ''}: ${p.message}`,
  );
  const changed = [...texts.keys()].filter(
    (f) => !existsSync(join(dataDir, f)) || readFileSync(join(dataDir, f), 'utf8') !== texts.get(f),
  );
  return { errors, changed };
}

/** Stages every changed file beside its target, then renames each over it; a failed stage removes what it staged. */
function replaceFiles(dataDir: string, copy: string, changed: string[]): void {
  const staged: string[] = [];
  try {
    for (const file of changed) {
      const stage = join(dataDir, `${file}.merge-${process.pid}.tmp`);
      writeFileSync(stage, readFileSync(join(copy, file)));
      staged.push(stage);
    }
  } catch (e) {
    for (const stage of staged) rmSync(stage, { force: true });
    throw e;
  }
  changed.forEach((file, i) => renameSync(staged[i]!, join(dataDir, file)));
}

/** Writes the merge into `dataDir` only if the whole merged dataset passes the check. */
export function writeMerge(dataDir: string, result: MergeResult, manifest: Manifest, today: string): WriteResult {
  for (const person of result.newPeople) {
    const bytes = Buffer.byteLength(`${person.id}.json`);
    if (bytes > MAX_NAME_BYTES)
      return {
        ok: false,
        errors: [
          `${flagName(result, person.id)}the speaker's name "${person.name.slice(0, 40)}…" gives a file name of ${bytes} bytes (at most ${MAX_NAME_BYTES})`,
        ],
      };
  }
  const copy = mkdtempSync(join(tmpdir(), 'on-record-merge-'));
  try {
    const { errors, changed } = buildCopy(dataDir, copy, result, manifest, today);
    if (errors.length > 0) return { ok: false, errors };
    replaceFiles(dataDir, copy, changed);
    return { ok: true, changed };
  } catch (e) {
    const message = e instanceof DatasetReadError ? e.lines.join('; ') : e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [`could not write the merge (${message})`] };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
