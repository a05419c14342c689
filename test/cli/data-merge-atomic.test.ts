import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Flag } from '../../lib/flags/annotation';
import { exportJson } from '../../lib/flags/export-flags';
import { draft, sampleFlag } from '../flags/fixtures';
import { runCli, snapshot, tempData } from './cli-helpers';

type Statement = Flag['body']['statement'];

/** A valid flag that the dataset does not hold yet, so that a merge would write it. */
const goodFlag = () => sampleFlag();

/** A second flag, with other words, changed by `change` into one whose merged form fails the dataset check. */
function badFlag(change: (s: Statement) => void): Flag {
  const flag = sampleFlag({ quote: { ...draft.quote, exact: 'We will see what the next round of talks brings us' } });
  change(flag.body.statement);
  return flag;
}

function mergeFails(flags: Flag[]) {
  const data = tempData();
  const before = snapshot(data);
  const file = join(data, '..', 'flags.json');
  writeFileSync(file, exportJson(flags));
  const r = runCli('data-merge', [file, '--data', data], { timeout: 60_000 });
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.status).toBe(2);
  // Every file of data/, byte for byte, and no file added or left behind.
  expect(snapshot(data)).toEqual(before);
  return r.stderr;
}

describe('data:merge is all or nothing', () => {
  it.each([
    ['an unknown topic', (s: Statement) => (s.topics = ['no-such-topic']), 'unknown topic "no-such-topic"'],
    ['an unknown event', (s: Statement) => (s.events = ['no-such-event']), 'unknown event "no-such-event"'],
    [
      'an unknown stance',
      (s: Statement) => (s.stances = [{ topic: 'russia-us-dialogue', dimension: 'no-such-dimension', value: 1 }]),
      'unknown dimension',
    ],
    ['a date out of range', (s: Statement) => (s.said.date = s.source.published = '2001-01-01'), 'is outside'],
  ])(
    'leaves data/ as it was when the second flag has %s, naming the flag (exit 2)',
    (_, change, message) => {
      const stderr = mergeFails([goodFlag(), badFlag(change)]);
      expect(stderr).toMatch(
        new RegExp(
          `^data:merge: flag 2: data/statements/maria-zakharova\\.json .*${message.replace(/[.*+?^${}()|[\]\\"]/g, '\\$&')}`,
          'm',
        ),
      );
      expect(stderr).toContain('nothing was written: data/ is as it was');
    },
    60_000,
  );

  it('refuses a new speaker whose name would make a file name over 255 bytes, with no ENAMETOOLONG', () => {
    const long = sampleFlag({
      speaker: { id: null, name: Array.from({ length: 5 }, (_, i) => `Name${'x'.repeat(60)}${i}`).join(' ') },
      quote: { ...draft.quote, exact: 'The cabinet will meet again next week to settle the budget' },
    });
    const stderr = mergeFails([goodFlag(), long]);
    expect(stderr).not.toContain('ENAMETOOLONG');
    expect(stderr).toMatch(
      /^data:merge: flag 2: the speaker's name ".*" gives a file name of \d+ bytes \(at most 255\)$/m,
    );
  }, 60_000);
});
