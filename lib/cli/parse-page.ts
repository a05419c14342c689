/** Parses a saved page with jsdom for the CLI; a page jsdom cannot build is a reason, never an exception. */
import { JSDOM, VirtualConsole } from 'jsdom';

export type ParsedPage = { ok: true; document: Document } | { ok: false; reason: string };

/** Style sheets' text, which extraction never reads: jsdom's CSS parser throws on some of it (uncompiled SCSS). */
const STYLE_SHEETS = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

function build(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

const describe = (e: unknown) =>
  e instanceof RangeError
    ? 'it is nested too deeply to parse'
    : `jsdom could not parse it: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`.slice(0, 200);

/**
 * Builds the page's document at `url`. When jsdom throws (a style sheet its CSS parser rejects, such as
 * `calc(100% - #{$x})`), the page is parsed again with its style sheets emptied; when that fails too, or the page
 * is nested deeper than the parser's stack, the reason is returned.
 */
export function parsePage(html: string, url: string): ParsedPage {
  try {
    return { ok: true, document: build(html, url) };
  } catch (e) {
    if (e instanceof RangeError || !/<style\b/i.test(html))
      return { ok: false, reason: `the page could not be read (${describe(e)})` };
    try {
      return { ok: true, document: build(html.replace(STYLE_SHEETS, '$1$2'), url) };
    } catch (again) {
      return { ok: false, reason: `the page could not be read (${describe(again)})` };
    }
  }
}
