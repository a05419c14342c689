/** A flag as the side panel would build it from seed 000, for flag tests. */
import { buildFlag, initialValues } from '../../lib/flags/build-flag';
import type { Flag } from '../../lib/flags/annotation';
import type { FlagDraft } from '../../lib/flags/draft';

export const draft: FlagDraft = {
  url: 'http://127.0.0.1:8080/seed-000.html',
  title: 'Dialogue between Moscow and Washington is ongoing, says Zakharova',
  siteName: 'World Wire Daily',
  publishedTime: '2025-11-14T09:40:00.000Z',
  lang: 'en',
  quote: {
    type: 'TextQuoteSelector',
    exact: 'Of course, not as fast as we would like, that is clear, and we commented on this regularly',
    prefix: 'ng,” she said.\n\n“',
    suffix: ',” the diplomat noted. “There w',
  },
  position: { type: 'TextPositionSelector', start: 1200, end: 1290 },
  speaker: { id: 'maria-zakharova', name: 'Maria Zakharova' },
  indirect: false,
  topics: ['russia-us-dialogue'],
};

/** A valid flag built through the form's own code path. */
export function sampleFlag(overrides: Partial<FlagDraft> = {}): Flag {
  const d = { ...draft, ...overrides };
  const r = buildFlag(d, initialValues(d));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.flag;
}
