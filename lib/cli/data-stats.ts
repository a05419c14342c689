/** `npm run data:stats [-- --json]`: prints the dataset's coverage. */
import { parseArgs } from 'node:util';
import { parseDataset } from '../dataset/dataset';
import { DATA_DIR, assembleDataset, readDatasetFiles } from '../dataset/read-dataset';
import { datasetStats } from '../dataset/stats';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, data: { type: 'string' } } });
let dataset;
try {
  dataset = parseDataset(assembleDataset(readDatasetFiles(values.data ?? DATA_DIR)));
} catch (e) {
  console.error(`data:stats: ${(e as Error).message} (run npm run data:check for details)`);
  process.exit(1);
}
const stats = datasetStats(dataset);
if (values.json) {
  process.stdout.write(`${JSON.stringify(stats)}\n`);
} else {
  const table = (title: string, rows: Record<string, number>, limit = Infinity) => {
    console.log(`\n${title}`);
    for (const [k, v] of Object.entries(rows).slice(0, limit)) console.log(`  ${String(v).padStart(4)}  ${k}`);
  };
  console.log(`On Record dataset ${stats.version} (updated ${stats.updated})`);
  console.log(
    `  ${stats.statements} statements by ${stats.speakers} speakers; ${stats.people} people, ${stats.events} events, ${stats.topics} topics`,
  );
  console.log(
    `  years ${stats.firstYear}–${stats.lastYear}; ${stats.series4} person/topic series with 4+ statements; ${stats.peopleWithoutStatements} people without statements yet; ${stats.contributed} reader-contributed awaiting review`,
  );
  console.log(
    `  dates said from: ${Object.entries(stats.perDateBasis)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; ${stats.titlesLikeBodyText} source titles look like body text, not a headline`,
  );
  table('Statements per person', stats.perPerson);
  table('Statements per topic', stats.perTopic);
  table('Statements per year', stats.perYear);
  table('Longest series (person/topic)', stats.series, 25);
}
