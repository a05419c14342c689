import { render } from 'preact';
import { OptionsForm } from '@/components/OptionsForm';
import { loadSettings, settingsItem } from '@/lib/settings/settings';

void loadSettings().then(({ settings, problem }) => {
  render(
    <OptionsForm initial={settings} problem={problem} save={(s) => settingsItem.setValue(s)} />,
    document.getElementById('app')!,
  );
});
