import { describe, expect, it } from 'vitest';
import { engineLoader } from '../../lib/background/load-engine';
import { SHARD_PATHS, shippedFiles, shippedPersonShard } from '../../lib/dataset/shards';
import { parseCore, parseEventShard, parsePersonShard } from '../../lib/dataset/shard-schemas';
import { extractPlainText } from '../../lib/extract/extract-plain-text';
import { buildTextIndex } from '../../lib/related/statement-store';
import { readFixture, realEngine } from '../helpers';

/** The dataset as the build ships it, loaded as the background loads it, counting the files read. */
async function shippedEngine() {
  const files = new Map(shippedFiles(realEngine().dataset, buildTextIndex).map((f) => [f.path, f.contents]));
  const reads: string[] = [];
  const { engine } = await engineLoader(async (path) => {
    reads.push(path);
    return JSON.parse(files.get(path)!) as unknown;
  })();
  reads.length = 0;
  return { engine, reads, files };
}

describe('the dataset in shards', () => {
  const seed = () => extractPlainText(readFixture('seeds/seed-003.txt'));

  it('gives the same analysis as the whole dataset in memory, reading only the shards of who and what is named', async () => {
    const { engine, reads } = await shippedEngine();
    const extraction = seed();
    await engine.prepare(extraction);
    const fromShards = engine.analyze(extraction);
    expect(fromShards).toEqual(realEngine().engine.analyze(seed()));
    const named = new Set(fromShards.mentions.flatMap((m) => (m.id ? [m.id] : [])));
    expect(reads.length).toBeGreaterThan(0);
    for (const path of reads) expect(named.has(path.replace(/^.*\/(.*)\.json$/, '$1'))).toBe(true);
  });

  it('reads each shard once, and refuses to analyse before the shards are read', async () => {
    const { engine, reads } = await shippedEngine();
    expect(() => engine.analyze(seed())).toThrow(/await engine.prepare/);
    const first = seed();
    await engine.prepare(first);
    engine.analyze(first);
    const count = reads.length;
    const again = seed();
    await engine.prepare(again);
    engine.analyze(again);
    expect(reads.length).toBe(count);
  });

  it('names the shard and the field when a shard is broken', async () => {
    const { files } = await shippedEngine();
    const path = SHARD_PATHS.person('sergei-ryabkov');
    const shard = JSON.parse(files.get(path)!) as { statements: { said: { date: unknown } }[] };
    shard.statements[2]!.said.date = 20221129;
    expect(() => parsePersonShard('sergei-ryabkov', shard)).toThrow(
      /dataset shard for sergei-ryabkov is invalid at statements\.2\.said\.date/,
    );
  });

  it('ships only files that pass the full schemas, which the background then trusts after a shape check', async () => {
    const { files } = await shippedEngine();
    for (const [path, contents] of files) {
      const value: unknown = JSON.parse(contents);
      const id = path.replace(/^.*\/(.*)\.json$/, '$1');
      if (path === SHARD_PATHS.core) expect(() => parseCore(value)).not.toThrow();
      else if (path.includes('/people/')) expect(() => parsePersonShard(id, value)).not.toThrow();
      else expect(() => parseEventShard(id, value)).not.toThrow();
    }
  });

  it('says which shipped file is not what the build writes', () => {
    expect(() => shippedPersonShard('sergei-ryabkov', { person: 'maria-zakharova', statements: [] })).toThrow(
      /dataset shard for sergei-ryabkov is not what the build writes: not the shard of sergei-ryabkov/,
    );
    expect(() => shippedPersonShard('sergei-ryabkov', { person: 'sergei-ryabkov' })).toThrow(
      /statements is not a list/,
    );
  });
});
