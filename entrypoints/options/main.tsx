import { render } from 'preact';
import { browser } from 'wxt/browser';
import { FlagsManager } from '@/components/FlagsManager';
import { OptionsForm } from '@/components/OptionsForm';
import { createFlagApi } from '@/lib/panel/flag-api';
import { loadSettings, settingsItem } from '@/lib/settings/settings';
import { loadSitesDraft, saveSitesDraft } from '@/lib/settings/sites-draft';

void Promise.all([loadSettings(), loadSitesDraft()]).then(([{ settings, problem }, draft]) => {
  render(
    <main>
      <OptionsForm
        initial={settings}
        problem={problem}
        save={(s) => settingsItem.setValue(s)}
        sitesDraft={draft}
        saveSitesDraft={saveSitesDraft}
      />
      <FlagsManager flags={createFlagApi(browser)} />
    </main>,
    document.getElementById('app')!,
  );
});
