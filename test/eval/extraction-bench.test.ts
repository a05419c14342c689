import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchPages, decodePage, goldText, scorePage, scoreText, summarise } from '../../lib/eval/extraction-bench';

describe('extraction benchmark scoring', () => {
  it('scores word overlap as a multiset', () => {
    expect(scoreText('a b c', 'a b c')).toEqual({ precision: 1, recall: 1, f1: 1 });
    const s = scoreText('a a b x', 'a b c d');
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.5);
    expect(scoreText('', 'a b').f1).toBe(0);
  });

  it('keeps only the article of a dragnet gold file and drops CleanEval marks', () => {
    expect(goldText('Body text\n!@#$%^&*()  COMMENTS\nA comment').trim()).toBe('Body text');
    expect(goldText('URL: http://x.example/\n<p>First <h>Head').replace(/\s+/g, ' ').trim()).toBe('First Head');
  });

  it('decodes a page in the charset its head declares', () => {
    const bytes = Buffer.concat([
      Buffer.from('<meta charset="windows-1252"><p>'),
      Buffer.from([0x93, 0x71, 0x94]),
      Buffer.from('</p>'),
    ]);
    expect(decodePage(bytes)).toContain('“q”');
  });

  it('scores both systems on a folder and names the pages On Record refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-'));
    mkdirSync(join(dir, 'input'));
    mkdirSync(join(dir, 'gold'));
    const para = 'The council voted on Tuesday to approve the new budget after a long debate. ';
    writeFileSync(
      join(dir, 'input', 'a.html'),
      `<html><body><article>${`<p>${para.repeat(4)}</p>`.repeat(4)}</article></body></html>`,
    );
    writeFileSync(join(dir, 'gold', 'a.txt'), para.repeat(16));
    writeFileSync(join(dir, 'input', 'b.html'), '<html><body><a href="/">Home</a></body></html>');
    writeFileSync(join(dir, 'gold', 'b.txt'), 'Home page text that is not there');
    expect(benchPages(dir)).toEqual(['a', 'b']);
    const result = summarise(
      't',
      benchPages(dir).map((p) => scorePage(dir, p)),
    );
    expect(result.systems.onRecord.pages).toBe(2);
    expect(result.refusedByOnRecord.map((p) => p.page)).toEqual(['b']);
    expect(scorePage(dir, 'a').onRecord.f1).toBeGreaterThan(0.95);
  });
});
