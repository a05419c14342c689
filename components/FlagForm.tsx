import { useEffect, useRef, useState } from 'preact/hooks';
import type { Flag } from '@/lib/flags/annotation';
import { buildFlag, initialValues, type FlagFormValues } from '@/lib/flags/build-flag';
import type { FlagDraft } from '@/lib/flags/draft';
import type { FieldKey } from '@/lib/flags/form-errors';
import type { FlagChoices } from '@/lib/panel/flag-api';
import { ErrorSummary, fieldId } from './ErrorSummary';

export interface FlagFormProps {
  draft: FlagDraft;
  choices: FlagChoices | null;
  /** Present when editing an existing flag. */
  existing?: { flag: Flag; values: FlagFormValues };
  onSave: (flag: Flag) => Promise<void>;
  onCancel: () => void;
}

/** The flag form, prefilled from the article: check it and save; it says exactly what is missing. */
export function FlagForm({ draft, choices, existing, onSave, onCancel }: FlagFormProps) {
  const [v, setV] = useState<FlagFormValues>(existing?.values ?? initialValues(draft));
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Bumped on every failed save: the summary then takes focus and comes into view, even when its text is unchanged.
  const [failures, setFailures] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failures === 0) return;
    summary.current?.scrollIntoView({ block: 'start' });
    summary.current?.focus({ preventScroll: true });
  }, [failures]);
  const set = <K extends keyof FlagFormValues>(key: K, value: FlagFormValues[K]) =>
    setV((prev) => ({ ...prev, [key]: value }));
  const submit = async (e: Event) => {
    e.preventDefault();
    const built = buildFlag(draft, v, existing ? { id: existing.flag.id, created: existing.flag.created } : {});
    setStatus(null);
    if (!built.ok) {
      setErrors(built.errors);
      setFailures((n) => n + 1);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(built.flag);
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
      setFailures((n) => n + 1);
    } finally {
      setSaving(false);
    }
  };
  const err = (key: FieldKey) =>
    errors[key] && (
      <span class="problem" id={`${fieldId(key)}-error`}>
        {errors[key]}
      </span>
    );
  /** What makes a field say it is wrong, and which message describes it. */
  const invalid = (key: FieldKey) =>
    errors[key] ? { 'aria-invalid': true as const, 'aria-describedby': `${fieldId(key)}-error` } : {};
  const sourceError = (['source.publisher', 'source.url', 'source.title', 'source.published'] as const).some(
    (k) => errors[k],
  );
  // With no article date the published date must be typed: it is shown beside the date said, never folded away.
  const publishedOutside = !draft.publishedTime;
  const published = (
    <>
      <label>
        Published
        <input
          id={fieldId('source.published')}
          name="published"
          type="date"
          value={v.published}
          onInput={(e) => set('published', e.currentTarget.value)}
          {...invalid('source.published')}
        />
      </label>
      {err('source.published')}
    </>
  );
  const onPerson = (value: string) => {
    const match = choices?.people.find((p) => p.name === value);
    setV((prev) => ({ ...prev, personName: value, personId: match?.id ?? null }));
  };
  return (
    <form class="flag-form" onSubmit={submit} aria-label="Flag a new statement" noValidate>
      <h2>{existing ? 'Edit flag' : 'Flag as new statement'}</h2>
      <ErrorSummary errors={errors} status={status} focusRef={summary} />
      <label>
        Speaker
        <input
          id={fieldId('personName')}
          name="personName"
          list="flag-people"
          value={v.personName}
          onInput={(e) => onPerson(e.currentTarget.value)}
          {...invalid('personName')}
        />
      </label>
      <datalist id="flag-people">
        {choices?.people.map((p) => (
          <option key={p.id} value={p.name} />
        ))}
      </datalist>
      <span class="meta">
        {v.personId ? 'In the dataset.' : v.personName ? 'Not in the dataset yet: a maintainer will add them.' : ''}
      </span>
      {err('personName')}
      {!v.personId && (
        <label>
          Their title (optional)
          <input name="personTitle" value={v.personTitle} onInput={(e) => set('personTitle', e.currentTarget.value)} />
        </label>
      )}
      <div class="row">
        <label>
          Date said
          <input
            id={fieldId('said.date')}
            name="date"
            type="date"
            value={v.date}
            onInput={(e) => set('date', e.currentTarget.value)}
            {...invalid('said.date')}
          />
        </label>
        <label>
          Known to
          <select
            name="precision"
            value={v.precision}
            onChange={(e) => set('precision', e.currentTarget.value as FlagFormValues['precision'])}
          >
            <option value="day">the day</option>
            <option value="month">the month</option>
            <option value="year">the year</option>
          </select>
        </label>
      </div>
      {err('said.date')}
      {publishedOutside && published}
      <label>
        Words, exactly as published
        <textarea
          id={fieldId('words.text')}
          name="words"
          value={v.words}
          onInput={(e) => set('words', e.currentTarget.value)}
          {...invalid('words.text')}
        />
      </label>
      {err('words.text')}
      <div class="row">
        <label class="check">
          <input type="checkbox" checked={v.indirect} onChange={(e) => set('indirect', e.currentTarget.checked)} />{' '}
          Reported speech
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={v.translation}
            onChange={(e) => set('translation', e.currentTarget.checked)}
          />{' '}
          A translation
        </label>
      </div>
      <label>
        Summary in your own words (optional)
        <input name="summary" value={v.summary} onInput={(e) => set('summary', e.currentTarget.value)} />
      </label>
      <fieldset id={fieldId('topics')} tabIndex={-1} {...invalid('topics')}>
        <legend>Topics</legend>
        {choices?.topics.map((t) => (
          <label class="check" key={t.id}>
            <input
              type="checkbox"
              checked={v.topics.includes(t.id)}
              onChange={(e) =>
                set('topics', e.currentTarget.checked ? [...v.topics, t.id] : v.topics.filter((x) => x !== t.id))
              }
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      {err('topics')}
      <details open={sourceError || undefined}>
        <summary>Source: {v.publisher || 'unknown'}</summary>
        <label>
          Publisher
          <input
            id={fieldId('source.publisher')}
            name="publisher"
            value={v.publisher}
            onInput={(e) => set('publisher', e.currentTarget.value)}
            {...invalid('source.publisher')}
          />
        </label>
        {err('source.publisher')}
        <label>
          Address
          <input
            id={fieldId('source.url')}
            name="url"
            value={v.url}
            onInput={(e) => set('url', e.currentTarget.value)}
            {...invalid('source.url')}
          />
        </label>
        {err('source.url')}
        <label>
          Title
          <input
            id={fieldId('source.title')}
            name="sourceTitle"
            value={v.sourceTitle}
            onInput={(e) => set('sourceTitle', e.currentTarget.value)}
            {...invalid('source.title')}
          />
        </label>
        {err('source.title')}
        {!publishedOutside && published}
      </details>
      <label>
        Note for the maintainers (optional)
        <textarea
          id={fieldId('note')}
          name="note"
          value={v.note}
          onInput={(e) => set('note', e.currentTarget.value)}
          {...invalid('note')}
        />
      </label>
      {err('note')}
      <div class="row">
        <button type="submit" class="primary" disabled={saving}>
          {existing ? 'Save changes' : 'Save flag'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
