import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../lib/dataset/read-dataset';
import { exportJson, exportJsonLines } from '../../lib/flags/export-flags';
import { FIXTURES } from '../helpers';
import { draft, sampleFlag } from '../flags/fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `lib/cli/${script}.ts`, ...args], { cwd: ROOT, encoding: 'utf8' });

function tempData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'on-record-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

describe('data:merge', () => {
  it('merges flags into a copy of data/: new statements, a new person for review, duplicates skipped, invalid rejected', () => {
    const data = tempData();
    const zakharova = sampleFlag();
    const existing = sampleFlag({
      quote: {
        type: 'TextQuoteSelector',
        exact:
          'As soon as the new [US] administration assumed office, we [Moscow] felt a significant desire to resume this dialogue. It is currently underway',
        prefix: '',
        suffix: '',
      },
    });
    const newcomer = sampleFlag({
      speaker: { id: null, name: 'Habib Essid' },
      quote: { ...draft.quote, exact: 'The cabinet will meet again next week to settle the budget' },
    });
    const file = join(data, 'flags.json');
    writeFileSync(file, exportJson([zakharova, existing, newcomer, { type: 'Annotation', id: 'nope' }] as never));
    const r = run('data-merge', file, '--data', data);
    expect(r.stderr).toContain('rejected flag 4');
    expect(r.stdout).toContain(
      '2 added (reader-contributed, awaiting review), 1 already in the dataset, 1 rejected; 1 new people marked for review (habib-essid)',
    );
    expect(r.status).toBe(0);
    const check = run('data-check', '--data', data);
    expect(check.stdout).toContain('files are valid');
    const stats = JSON.parse(run('data-stats', '--json', '--data', data).stdout);
    expect(stats.contributed).toBe(2);
    // The merged statement is now known to the engine: the quote-fidelity check finds it verbatim.
    const a = JSON.parse(run('analyze', '--json', '--data', data, join(FIXTURES, 'pages/seed-000.html')).stdout);
    const quote = a.quotes.find((q: { text: string }) => q.text.startsWith('Of course, not as fast'));
    expect(quote.known).toMatchObject({
      statementId: expect.stringMatching(/^maria-zakharova-2025-11-14-/),
      fidelity: 'verbatim',
      statement: { contributed: { reviewed: false } },
    });
    // Merging the same file again adds nothing.
    expect(run('data-merge', file, '--data', data).stdout).toContain('0 added');
  }, 300_000);

  it('reads JSON Lines exports and says clearly what is wrong with a broken file', () => {
    const data = tempData();
    const file = join(data, 'flags.jsonl');
    writeFileSync(file, exportJsonLines([sampleFlag()]) + '{not json\n');
    const r = run('data-merge', file, '--data', data);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('line 2 is not valid JSON');
  }, 300_000);
});
