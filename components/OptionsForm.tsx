import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings/settings';
import { parseSiteList } from '@/lib/settings/site-list';

export interface OptionsFormProps {
  initial: Settings;
  /** Set when stored settings could not be read and defaults were used. */
  problem: string | null;
  save: (settings: Settings) => Promise<void>;
}

/** The options: highlights, hover cards, sites where On Record never runs, and click-only mode. Saved on change. */
export function OptionsForm({ initial, problem, save }: OptionsFormProps) {
  const [settings, setSettings] = useState(initial);
  const [sites, setSites] = useState(initial.excludedSites.join('\n'));
  const [status, setStatus] = useState('');
  const [siteErrors, setSiteErrors] = useState<string[]>([]);
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
    if (errors.length === 0) void update({ ...settings, excludedSites: parsed });
  };
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
    <main>
      <h1>On Record options</h1>
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
      <p class="saved" role="status">
        {status}
      </p>
    </main>
  );
}
