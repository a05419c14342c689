import { heapUsed } from '../lib/bench/measure';
import { parseDataset } from '../lib/dataset/dataset';
import { DATA_DIR, assembleDataset, readDatasetFiles } from '../lib/dataset/read-dataset';
import { generateStatements } from '../lib/bench/generate';
import { SHARD_PATHS, parseCore, splitDataset } from '../lib/dataset/shards';
import { buildTextIndex } from '../lib/related/statement-store';
const dataset = parseDataset(assembleDataset(readDatasetFiles(DATA_DIR)));
const statements = [...dataset.statements, ...generateStatements(100000, dataset.people.map((p) => p.id), dataset.topics.map((t) => t.id))];
const log = (k: string) => console.log(k, (heapUsed() / 1e6).toFixed(1));
log('statements');
function shipped() { const split = splitDataset({ ...dataset, statements }, buildTextIndex); return new Map([[SHARD_PATHS.core, JSON.stringify(split.core)], ...split.people.map((p) => [p.person, JSON.stringify(p)] as [string, string])]); }
const files = shipped();
log('files');
const core = parseCore(JSON.parse(files.get(SHARD_PATHS.core)!));
log('core');
log('again');
console.log(core.people.length, files.size, statements.length);
