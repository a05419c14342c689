/** The reader's settings and their defaults, free of browser APIs so that Node tools (the test harness) can use them. */
import { z } from 'zod/mini';

export const SettingsSchema = z.strictObject({
  /** Paint highlights on articles. */
  highlights: z.boolean(),
  /** Show a card when hovering or focusing a highlight. */
  hoverCards: z.boolean(),
  /** Host names where On Record never runs (a host covers its subdomains). */
  excludedSites: z.array(z.string().check(z.minLength(1), z.maxLength(253))).check(z.maxLength(1000)),
  /** Run only when the reader clicks the toolbar button. */
  clickOnly: z.boolean(),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { highlights: true, hoverCards: true, excludedSites: [], clickOnly: false };
