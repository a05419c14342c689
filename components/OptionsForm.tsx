import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings/settings';
import { parseSiteList } from '@/lib/settings/site-list';

export interface OptionsFormProps {
  initial: Settings;
  /** Set when stored settings could not be read and defaults were used. */
  problem: string | null;
  save: (settings: Settings) => Promise<void>;
  /** The site list as last typed, when it could not be saved yet (kept across reloads), or null. */
  sitesDraft: string | null;
  /** Keeps the typed site list (null: drop it, the list is saved). */
  saveSitesDraft: (text: string | null) => Promise<void>;
}

/** The options: highlights, hover cards, sites where On Record never runs, and click-only mode. Saved on change. */
export function OptionsForm({ initial, problem, save, sitesDraft, saveSitesDraft }: OptionsFormProps) {
  const [settings, setSettings] = useState(initial);
  const [sites, setSites] = useState(sitesDraft ?? initial.excludedSites.join('\n'));
  const [status, setStatus] = useState('');
  const [siteErrors, setSiteErrors] = useState<string[]>(() => (sitesDraft ? parseSiteList(sitesDraft).errors : []));
  const update = async (next: Settings) => {
    setSettings(next);
    try {
      await save(next);
      setStatus('Saved.');
    } catch (e) {
      setStatus(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const onSites = (value: string) => {
    setSites(value);
    const { sites: parsed, errors } = parseSiteList(value);
    setSiteErrors(errors);
    void saveSitesDraft(errors.length === 0 ? null : value).catch(() => {});
    if (errors.length === 0) void update({ ...settings, excludedSites: parsed });
  };
  // Never "Saved." beside a site list that was not: say what is and is not saved.
  const shown =
    siteErrors.length > 0
      ? `The site list is not saved until every line is a site${status === 'Saved.' ? ' (your other choices are saved)' : ''}.`
      : status;
  const check = (key: 'highlights' | 'hoverCards' | 'clickOnly', label: string, hint: string) => (
    <label class="check">
      <input
        type="checkbox"
        name={key}
        checked={settings[key]}
        onChange={(e) => void update({ ...settings, [key]: e.currentTarget.checked })}
      />
      <span>
        {label}
        <br />
        <span class="meta">{hint}</span>
      </span>
    </label>
  );
  return (
    <section aria-labelledby="options-h">
      <h1 id="options-h">On Record options</h1>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      <fieldset>
        <legend>On the page</legend>
        {check(
          'highlights',
          'Highlight officials, events and quotes',
          'Turn off here for every site, or on one page with Alt+Shift+H.',
        )}
        {check('hoverCards', 'Show a card when I point at a highlight', 'The card never covers the words it explains.')}
      </fieldset>
      <fieldset>
        <legend>Where On Record runs</legend>
        {check(
          'clickOnly',
          'Run only when I click the On Record button',
          'Nothing is read until you click. To grant On Record no site access at all, also set “Site access: On click” in your browser’s extension settings; a click then gives access to that one tab.',
        )}
        <label>
          Sites where On Record never runs (one per line, e.g. example.com — covers its subdomains)
          <textarea
            name="excludedSites"
            value={sites}
            onInput={(e) => onSites(e.currentTarget.value)}
            aria-invalid={siteErrors.length > 0}
            aria-describedby="site-errors"
          />
        </label>
        <div id="site-errors" class="problem" role="status">
          {siteErrors.join(' ')}
        </div>
      </fieldset>
      <p class={siteErrors.length > 0 ? 'saved problem' : 'saved'} role="status">
        {shown}
      </p>
    </section>
  );
}
