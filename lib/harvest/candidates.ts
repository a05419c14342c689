/**
 * Turns one page's analysis into candidate statements as flags, built by the side panel's own code path (buildFlag),
 * so the Flagged view and data:merge read them as they read a reader's flags. Only speakers the dataset knows and
 * officials the engine found outside it are kept; words the dataset already holds word for word for that speaker are counted,
 * not flagged (data:merge would skip or refuse them); words it holds in part or in other words are flagged with a
 * note naming the statement.
 */
import { createHash } from 'node:crypto';
import { anchorSpans } from '../anchoring/anchor-spans';
import type { Analysis } from '../engine/analysis';
import type { Flag } from '../flags/annotation';
import { buildFlag, initialValues } from '../flags/build-flag';
import type { FlagDraft } from '../flags/draft';
import { describeSpan } from '../flags/selectors';
import type { Attribution, Speaker } from '../quotes/quote';
import type { KnownQuote } from '../related/card';
import { contextSnippet, harvestNote } from './candidate-note';

/** Fewer words than this are a term or a fragment, not a statement (the fidelity check's own floor). */
export const MIN_WORDS = 4;

export interface PageInfo {
  /** The page's address (http or https). */
  url: string;
  /** How the reviewer finds the page again: a file path, or a WARC file and record id. */
  name: string;
  /** The page's own title, when the article has none. */
  fallbackTitle: string | null;
  /** The statement date: the article's calendar date, already checked to be in the dataset's range. */
  date: string;
}

export interface CandidateOptions {
  /** What the dataset holds of these words for this person (verbatim: the same statement), or null. */
  known: (personId: string, words: string) => KnownQuote | null;
  /** The page's text as the live page would give it (for selectors that re-anchor in the browser), or null. */
  pageText: string | null;
  now: string;
}

export interface PageCandidates {
  flags: Flag[];
  /** Statements the dataset already holds word for word. */
  held: number;
  /** Quotes and statements left out, by reason. */
  left: Record<string, number>;
}

interface Found {
  speaker: Speaker;
  text: string;
  start: number;
  end: number;
  attribution: Attribution | 'reported';
  cue: string | null;
  indirect: boolean;
}

/** A stable id for the same words by the same speaker on the same page, so a re-run or a re-import is a duplicate. */
export function flagId(url: string, speaker: string, words: string): string {
  const h = createHash('sha1').update(`${url}\n${speaker}\n${words}`).digest('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const words = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The candidates of one analysed page (an article analysed with its text). */
export function pageCandidates(analysis: Analysis, page: PageInfo, opts: CandidateOptions): PageCandidates {
  const out: PageCandidates = { flags: [], held: 0, left: {} };
  const article = analysis.article;
  const text = article?.text;
  if (!article || text === undefined) return out;
  const leave = (reason: string) => (out.left[reason] = (out.left[reason] ?? 0) + 1);
  const topics = analysis.topics.slice(0, 3).map((t) => t.topic);
  // Officials outside the dataset, by the name the engine reports them under, with the title written beside them.
  const officials = new Map<string, string | null>();
  for (const m of analysis.mentions) if (m.kind === 'person' && m.id === null) officials.set(m.name, m.title);
  const found: Found[] = [
    ...analysis.quotes.map((q) => ({ ...q, indirect: false })),
    ...analysis.statements.map((s) => ({ ...s, attribution: 'reported' as const, cue: null, indirect: true })),
  ];
  const anchored = opts.pageText === null ? [] : anchorSpans(text, opts.pageText, found);
  found.forEach((f, i) => {
    const said = words(f.text);
    const { id, name } = f.speaker;
    if (!name) return leave('no speaker');
    if (!id && !officials.has(name)) return leave('speaker not an official');
    if (said.split(' ').length < MIN_WORDS) return leave('fewer than 4 words');
    const known = id ? opts.known(id, said) : null;
    if (known?.fidelity === 'verbatim') return void out.held++;
    if (topics.length === 0) return leave('no topic of the dataset');
    const span = anchored[i];
    const [quote, position] =
      span && opts.pageText !== null
        ? describeSpan(opts.pageText, span.start, span.end)
        : describeSpan(text, f.start, f.end);
    const draft: FlagDraft = {
      url: page.url,
      title: article.title ?? page.fallbackTitle,
      siteName: article.siteName,
      publishedTime: page.date,
      lang: article.lang && /^[a-z]{2}$/.test(article.lang) ? article.lang : null,
      quote,
      position,
      speaker: { id, name },
      indirect: f.indirect,
      topics,
    };
    const note = harvestNote({
      page: page.name,
      attribution: f.attribution,
      cue: f.cue,
      known,
      context: contextSnippet(text, f.start, f.end),
    });
    const values = { ...initialValues(draft), words: said, personTitle: id ? '' : (officials.get(name) ?? ''), note };
    if (values.sourceTitle.length < 2) values.sourceTitle = new URL(page.url).hostname;
    const built = buildFlag(draft, values, { id: flagId(page.url, id ?? name, said), now: opts.now });
    if (!built.ok) return leave(`invalid (${Object.values(built.errors)[0]})`);
    out.flags.push(built.flag);
  });
  return out;
}
