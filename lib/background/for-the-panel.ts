/**
 * What the side panel shows of an analysis, and nothing more, so that many tabs fit in session storage: each
 * person card keeps the statements its timeline and its then → now views show (the related ones and the two that
 * bracket the last change of each series the panel lists); the article text is never kept.
 */
import type { Analysis } from '../engine/analysis';

/** How many series a person card shows (components/PersonCardView). */
export const SERIES_SHOWN = 4;

export function forThePanel(a: Analysis): Analysis {
  const article = a.article ? { ...a.article } : null;
  if (article) delete article.text;
  return {
    ...a,
    article,
    cards: a.cards.map((c) => {
      if (c.kind !== 'person') return c;
      const keep = new Set(c.related.map((r) => r.statementId));
      for (const s of c.series.slice(0, SERIES_SHOWN)) {
        const last = s.changes.at(-1);
        if (last) keep.add(last.from).add(last.to);
      }
      const statements = Object.fromEntries(Object.entries(c.statements).filter(([id]) => keep.has(id)));
      return { ...c, statements };
    }),
  };
}
