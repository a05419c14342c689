import type { Analysis } from '@/lib/engine/analysis';
import { StatementItem } from './StatementItem';

export interface QuoteListProps {
  quotes: Analysis['quotes'];
  onReveal: (start: number, end: number) => void;
  onFlag: (quote: Analysis['quotes'][number]) => void;
}

const STATUS = {
  verbatim: 'In the dataset, quoted verbatim',
  trimmed: 'In the dataset, quoted in part',
  paraphrased: 'In the dataset, worded differently',
} as const;

/**
 * The direct quotes in the article, with their speaker and whether the dataset holds them (the fidelity check). A
 * verdict stands beside the dataset's own record of the words, with its date and source, so a reader can compare.
 */
export function QuoteList({ quotes, onReveal, onFlag }: QuoteListProps) {
  if (quotes.length === 0) return <p class="meta">No direct quotes in this article.</p>;
  return (
    <ul class="quotes" data-testid="quotes">
      {quotes.map((q) => (
        <li key={q.start} class={q.known ? 'known' : 'new'}>
          <button type="button" class="quote" onClick={() => onReveal(q.start, q.end)}>
            “{q.text.length > 240 ? `${q.text.slice(0, 238)}…` : q.text}”
          </button>
          <div class="meta">
            — {q.speaker.name ?? 'speaker not named'} ·{' '}
            <span class="status">{q.known ? STATUS[q.known.fidelity] : 'Not in the dataset yet'}</span>
          </div>
          {/* On a line of its own: after a "·" the link wrapped and left the dot alone at a line's end. */}
          {!q.known && (
            <div class="actions">
              <button type="button" class="link" onClick={() => onFlag(q)}>
                Flag as new statement
              </button>
            </div>
          )}
          {q.known && (
            <div class="on-record" data-testid="dataset-wording">
              <div class="label">As the dataset records it</div>
              <StatementItem statement={q.known.statement} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
