import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseMessage } from '../../lib/messaging/contract';
import { htmlDocument, readFixture } from '../helpers';

const extraction = { kind: 'not-article', reason: 'test' } as const;

describe('the message contract', () => {
  it('takes an article whose address is longer than 4,000 characters', () => {
    const url = `https://news.example/story?${'q='.padEnd(9000, 'x')}`;
    expect(parseMessage({ type: 'analyze-article', url, extraction })).toMatchObject({ url });
  });

  it('takes what the content script reads from a real news page, every field of it (pageKind too)', () => {
    const doc = htmlDocument(readFixture('eval/pages/en-scmp-kuleba-lavrov-antalya.html'));
    const read = extractArticle(doc);
    expect(read.kind).toBe('article');
    const message = { type: 'analyze-article', url: doc.location.href, extraction: read };
    expect(parseMessage(message)).toEqual(message);
  });
});
