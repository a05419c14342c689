import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { addressUnder, pageAddress } from '../../lib/harvest/page-address';

const address = (html: string) => {
  const dom = new JSDOM(html, { url: 'https://example.invalid/' });
  try {
    return pageAddress(dom.window.document, html);
  } finally {
    dom.window.close();
  }
};

describe('pageAddress', () => {
  it('reads the canonical link, then og:url, then the saved-from comment', () => {
    expect(
      address('<link rel="canonical" href="https://news.example/a"><meta property="og:url" content="https://x/">'),
    ).toBe('https://news.example/a');
    expect(address('<meta property="og:url" content="https://news.example/b">')).toBe('https://news.example/b');
    expect(address('<!-- saved from url=(0026)https://news.example/c -->\n<html><body>x</body></html>')).toBe(
      'https://news.example/c',
    );
  });

  it('resolves a relative canonical link against where the page was saved from', () => {
    const html = '<!-- saved from url=(0030)https://news.example/world/x -->\n<link rel="canonical" href="/world/y">';
    expect(address(html)).toBe('https://news.example/world/y');
  });

  it('gives no address for a page without one, or with only a non-web one', () => {
    expect(address('<p>text</p>')).toBeNull();
    expect(address('<link rel="canonical" href="javascript:alert(1)">')).toBeNull();
    expect(address('<link rel="canonical" href="file:///etc/passwd">')).toBeNull();
  });
});

describe('addressUnder', () => {
  it('joins the base address and the path under the folder, encoding each part', () => {
    expect(addressUnder('https://archive.example/saved', 'part-1/story 1.html')).toBe(
      'https://archive.example/saved/part-1/story%201.html',
    );
    expect(addressUnder('ftp://x', 'a.html')).toBeNull();
  });
});
