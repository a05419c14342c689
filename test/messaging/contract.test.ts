import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../lib/messaging/contract';
import { extractArticle } from '../../lib/extract/extract-article';

const extraction = { kind: 'not-article', reason: 'test' } as const;
const PAGES = join(import.meta.dirname, '../fixtures/pages');

describe('the message contract', () => {
  it('takes an article whose address is longer than 4,000 characters', () => {
    const url = `https://news.example/story?${'q='.padEnd(9000, 'x')}`;
    expect(parseMessage({ type: 'analyze-article', url, extraction })).toMatchObject({ url });
  });

  // The content script sends what extractArticle returns: every field it fills must fit the contract, or the
  // background drops the message and no page is ever analysed.
  it.each(['seed-003.html', 'news/kerry-lavrov-undated.html', 'not-article.html'])(
    'takes what the extractor reads from %s',
    (file) => {
      const url = `https://news.example/${file}`;
      const doc = new JSDOM(readFileSync(join(PAGES, file), 'utf8'), { url, virtualConsole: new VirtualConsole() })
        .window.document;
      const read = extractArticle(doc);
      expect(parseMessage({ type: 'analyze-article', url, extraction: read })).toEqual({
        type: 'analyze-article',
        url,
        extraction: read,
      });
    },
  );
});
