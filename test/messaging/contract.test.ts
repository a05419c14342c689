import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../lib/messaging/contract';

const extraction = { kind: 'not-article', reason: 'test' } as const;

describe('the message contract', () => {
  it('takes an article whose address is longer than 4,000 characters', () => {
    const url = `https://news.example/story?${'q='.padEnd(9000, 'x')}`;
    expect(parseMessage({ type: 'analyze-article', url, extraction })).toMatchObject({ url });
  });

  it('takes the article exactly as the content script reads it, with its page kind', () => {
    const article = {
      title: 'T',
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: 'en',
      pageKind: 'other',
      text: 'words',
    };
    const m = parseMessage({
      type: 'analyze-article',
      url: 'https://x.example/',
      extraction: { kind: 'article', article },
    });
    expect(m).toMatchObject({ extraction: { article: { pageKind: 'other' } } });
  });
});
