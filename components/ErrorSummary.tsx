import type { RefObject } from 'preact';
import type { FieldKey } from '@/lib/flags/form-errors';

/** The id of a flag form field, for its label, its error and the summary's link to it. */
export const fieldId = (key: FieldKey) => `flag-${key.replace('.', '-')}`;

export interface ErrorSummaryProps {
  errors: Partial<Record<FieldKey, string>>;
  /** The background's answer when it did not save the flag (a duplicate, storage full). */
  status: string | null;
  /** Focused after a failed save, so the reader hears and sees what went wrong. */
  focusRef: RefObject<HTMLDivElement | null>;
}

/** Why the flag was not saved: each problem links to its field (GOV.UK's error summary pattern). */
export function ErrorSummary({ errors, status, focusRef }: ErrorSummaryProps) {
  const entries = Object.entries(errors) as [FieldKey, string][];
  if (entries.length === 0 && !status) return null;
  const go = (e: MouseEvent, key: FieldKey) => {
    e.preventDefault();
    const field = document.getElementById(fieldId(key));
    // A field in the folded "Source" section: unfold it first, or focus goes nowhere.
    const folded = field?.closest('details');
    if (folded) folded.open = true;
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
  };
  return (
    <div class="problem error-summary" role="alert" tabIndex={-1} ref={focusRef} data-testid="error-summary">
      {status && <p>{status}</p>}
      {entries.length > 0 && (
        <>
          <p>The flag was not saved:</p>
          <ul>
            {entries.map(([key, message]) => (
              <li key={key}>
                {key === 'form' ? (
                  message
                ) : (
                  <a href={`#${fieldId(key)}`} onClick={(e) => go(e, key)}>
                    {message}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
