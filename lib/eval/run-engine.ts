/** Runs the engine on one item exactly as `analyze` runs it on a file: a page through Readability, a text as text. */
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Analysis } from '../engine/analysis';
import type { Engine } from '../engine/create-engine';
import { extractArticle } from '../extract/extract-article';
import { extractPlainText } from '../extract/extract-plain-text';
import type { Extraction } from '../extract/article';
import type { EvalItem } from './item';

function extract(item: EvalItem): Extraction {
  if (item.input.kind === 'text') return extractPlainText(item.input.content);
  try {
    const dom = new JSDOM(item.input.content, {
      url: item.input.url ?? 'https://example.invalid/',
      virtualConsole: new VirtualConsole(),
    });
    return extractArticle(dom.window.document);
  } catch (e) {
    return { kind: 'not-article', reason: `the page could not be read (${(e as Error).message})` };
  }
}

/** The engine's analysis of an item; an engine that throws gives an empty analysis with the reason, not a crash. */
export function runEngine(engine: Engine, item: EvalItem): Analysis {
  try {
    return engine.analyze(extract(item));
  } catch (e) {
    const reason = `the engine failed: ${(e as Error).message}`;
    return { article: null, notArticle: reason, mentions: [], quotes: [], statements: [], topics: [], cards: [] };
  }
}
