import type { DatasetStats } from '@/lib/dataset/stats';
import { formatDate } from '@/lib/present/format';

export interface AboutDataProps {
  stats: DatasetStats | null;
}

/** What the dataset holds, how current it is, and how readers help it grow. */
export function AboutData({ stats }: AboutDataProps) {
  if (!stats) return <p class="meta">Loading the dataset’s figures…</p>;
  return (
    <section aria-labelledby="about-h" class="about">
      <h2 id="about-h">About the data</h2>
      <p>
        Dataset {stats.version}, last updated {formatDate(stats.updated)}.
      </p>
      <ul class="figures">
        <li>
          <strong>{stats.statements}</strong> dated, sourced statements by <strong>{stats.speakers}</strong> officials,{' '}
          {stats.firstYear}–{stats.lastYear}
        </li>
        <li>
          <strong>{stats.people}</strong> officials with dated roles, <strong>{stats.events}</strong> events,{' '}
          <strong>{stats.topics}</strong> topics
        </li>
        <li>
          <strong>{stats.series4}</strong> person–topic series with four or more statements
        </li>
        {stats.contributed > 0 && <li>{stats.contributed} reader-contributed statements awaiting review</li>}
      </ul>
      <p>
        Every statement was read in the source page it links to, with its speaker and date. Summaries are our own words.
        Position labels are neutral: a change of position is shown, never judged.
      </p>
      <p>Missing something? Flag a statement from an article and it will be reviewed for the dataset.</p>
      <p class="meta">Everything runs in your browser: no page you read and nothing you flag leaves it.</p>
    </section>
  );
}
