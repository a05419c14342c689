import type { Statement } from '@/data/schema';
import { formatDate, languageName, sourceLink, statementWords } from '@/lib/present/format';

export interface StatementItemProps {
  statement: Statement;
}

/** One dated statement: when it was said, the words as published, and the source that carries them. */
export function StatementItem({ statement: s }: StatementItemProps) {
  // A translation is labelled as one (its words carry no quotation marks); words in another language name it.
  const notes = [
    s.words.translation ? 'translation' : null,
    s.words.lang !== 'en' ? languageName(s.words.lang) : null,
  ].filter(Boolean);
  const href = sourceLink(s);
  return (
    <div class="statement">
      <div class="date">
        <time dateTime={s.said.date}>{formatDate(s.said.date, s.said.precision)}</time>
        {notes.length > 0 && <span class="note"> · {notes.join(', ')}</span>}
      </div>
      <p class="words" lang={s.words.lang}>
        {statementWords(s)}
      </p>
      <div class="source">
        {href ? (
          <a href={href} target="_blank" rel="noreferrer noopener">
            {s.source.publisher}
          </a>
        ) : (
          <span>{s.source.publisher}</span>
        )}
        {s.source.published !== s.said.date && <span>, published {formatDate(s.source.published)}</span>}
      </div>
    </div>
  );
}
