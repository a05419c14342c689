/** One labelled item the evaluation runs the engine on. */
import type { Labels } from './labels';

export type EvalSource = 'polnear-dev' | 'polnear-train' | 'pages';

export interface EvalItem {
  /** Stable name used in reports and in the baseline ("pages/en-reuters-…", "polnear-dev/breitbart_…"). */
  id: string;
  source: EvalSource;
  /** The page or text as the engine reads it from a file. */
  input: { kind: 'html' | 'text'; content: string; url: string | null };
  labels: Labels;
}
