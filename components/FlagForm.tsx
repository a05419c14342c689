import { useState } from 'preact/hooks';
import type { Flag } from '@/lib/flags/annotation';
import { buildFlag, initialValues, type FlagFormValues } from '@/lib/flags/build-flag';
import type { FlagDraft } from '@/lib/flags/draft';
import type { FlagChoices } from '@/lib/panel/flag-api';

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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof FlagFormValues>(key: K, value: FlagFormValues[K]) =>
    setV((prev) => ({ ...prev, [key]: value }));
  const submit = async (e: Event) => {
    e.preventDefault();
    const built = buildFlag(draft, v, existing ? { id: existing.flag.id, created: existing.flag.created } : {});
    if (!built.ok) return setErrors(built.errors);
    setErrors({});
    setSaving(true);
    try {
      await onSave(built.flag);
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };
  const err = (key: string) => errors[key] && <span class="problem">{errors[key]}</span>;
  const onPerson = (value: string) => {
    const match = choices?.people.find((p) => p.name === value);
    setV((prev) => ({ ...prev, personName: value, personId: match?.id ?? null }));
  };
  return (
    <form class="flag-form" onSubmit={submit} aria-label="Flag a new statement" noValidate>
      <h2>{existing ? 'Edit flag' : 'Flag as new statement'}</h2>
      {Object.keys(errors).length > 0 && (
        <div class="problem" role="alert">
          Missing or wrong: {Object.values(errors).join('; ')}.
        </div>
      )}
      <label>
        Speaker
        <input
          name="personName"
          list="flag-people"
          value={v.personName}
          onInput={(e) => onPerson(e.currentTarget.value)}
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
          <input name="date" type="date" value={v.date} onInput={(e) => set('date', e.currentTarget.value)} />
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
      <label>
        Words, exactly as published
        <textarea name="words" value={v.words} onInput={(e) => set('words', e.currentTarget.value)} />
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
      <fieldset>
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
      <details>
        <summary>Source: {v.publisher || 'unknown'}</summary>
        <label>
          Publisher
          <input name="publisher" value={v.publisher} onInput={(e) => set('publisher', e.currentTarget.value)} />
        </label>
        {err('source.publisher')}
        <label>
          Address
          <input name="url" value={v.url} onInput={(e) => set('url', e.currentTarget.value)} />
        </label>
        {err('source.url')}
        <label>
          Title
          <input name="sourceTitle" value={v.sourceTitle} onInput={(e) => set('sourceTitle', e.currentTarget.value)} />
        </label>
        {err('source.title')}
        <label>
          Published
          <input
            name="published"
            type="date"
            value={v.published}
            onInput={(e) => set('published', e.currentTarget.value)}
          />
        </label>
        {err('source.published')}
      </details>
      <label>
        Note for the maintainers (optional)
        <textarea name="note" value={v.note} onInput={(e) => set('note', e.currentTarget.value)} />
      </label>
      {status && (
        <p class="problem" role="alert">
          {status}
        </p>
      )}
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
