import { render } from 'preact';
import { browser } from 'wxt/browser';
import { FlagsManager } from '@/components/FlagsManager';
import { OptionsForm } from '@/components/OptionsForm';
import { createFlagApi } from '@/lib/panel/flag-api';
import { loadSettings, settingsItem } from '@/lib/settings/settings';

void loadSettings().then(({ settings, problem }) => {
  render(
    <>
      <OptionsForm initial={settings} problem={problem} save={(s) => settingsItem.setValue(s)} />
      <main>
        <FlagsManager flags={createFlagApi(browser)} />
      </main>
    </>,
    document.getElementById('app')!,
  );
});
