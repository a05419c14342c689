import { useEffect, useState } from 'preact/hooks';
import type { Flag } from '@/lib/flags/annotation';
import { draftOf, valuesOf } from '@/lib/flags/build-flag';
import type { FlagApi, FlagChoices, FlagListing } from '@/lib/panel/flag-api';
import { FlagForm } from './FlagForm';
import { FlaggedList } from './FlaggedList';

export interface FlagsManagerProps {
  flags: FlagApi;
}

/** The Flagged view, for the side panel and the options page: the list, and the form to edit a flag. */
export function FlagsManager({ flags }: FlagsManagerProps) {
  const [listing, setListing] = useState<FlagListing | null>(null);
  const [choices, setChoices] = useState<FlagChoices | null>(null);
  const [editing, setEditing] = useState<Flag | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    const refresh = () => void flags.list().then(setListing, (e: Error) => setError(e.message));
    refresh();
    return flags.onChange(refresh);
  }, [flags]);
  const edit = (flag: Flag) => {
    setSaved(null);
    setEditing(flag);
    if (!choices) void flags.choices().then(setChoices, () => {});
  };
  if (editing) {
    return (
      <FlagForm
        draft={draftOf(editing)}
        existing={{ flag: editing, values: valuesOf(editing) }}
        choices={choices}
        onSave={async (f) => {
          const { problem } = await flags.save(f);
          setEditing(null);
          setError(problem);
          setSaved(`Changes saved: ${f.body.statement.personName}, “${f.body.statement.words.text.slice(0, 60)}…”.`);
        }}
        onCancel={() => {
          setEditing(null);
          setSaved(null);
        }}
      />
    );
  }
  return (
    <>
      {error && (
        <p class="problem" role="alert">
          {error}
        </p>
      )}
      <p class="notice-line" role="status" data-testid="edit-saved">
        {saved}
      </p>
      <FlaggedList
        listing={listing}
        onEdit={edit}
        onDelete={(f) => {
          setSaved(null);
          return flags.remove(f.id);
        }}
        onRestore={async (f) => void (await flags.save(f))}
        onExported={(ids) => flags.markExported(ids)}
        onImport={(items) => flags.importItems(items)}
      />
    </>
  );
}
