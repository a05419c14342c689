import { useEffect, useRef, useState } from 'preact/hooks';
import type { Flag } from '@/lib/flags/annotation';
import type { ImportReport } from '@/lib/flags/import-flags';
import { describeImport, sendImport } from '@/lib/panel/send-import';
import { exportJson, exportJsonLines, readExportFile } from '@/lib/flags/export-flags';
import { formatDate, safeHref } from '@/lib/present/format';
import type { FlagListing } from '@/lib/panel/flag-api';

export interface FlaggedListProps {
  listing: FlagListing | null;
  onEdit: (flag: Flag) => void;
  onDelete: (flag: Flag) => Promise<void>;
  /** Puts a deleted flag back as it was (the undo of a delete). */
  onRestore: (flag: Flag) => Promise<void>;
  onExported: (ids: string[]) => Promise<void>;
  onImport: (items: unknown[]) => Promise<ImportReport>;
}

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The reader's flags: list, edit, delete, status, re-open the source at the words; export and import. */
export function FlaggedList({ listing, onEdit, onDelete, onRestore, onExported, onImport }: FlaggedListProps) {
  // A message names the flags it is about; once one of them is gone it is stale and goes too.
  const [note, setNote] = useState<{ text: string; about: string[]; undo?: Flag } | null>(null);
  const setMessage = (text: string, about: string[] = []) => setNote({ text, about });
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!listing || !note) return;
    const listed = new Set(listing.flags.map((f) => f.id));
    if (note.about.some((id) => !listed.has(id))) setNote(null);
  }, [listing, note]);
  if (!listing) return <p class="meta">Loading your flags…</p>;
  const { flags, problem, unsaved } = listing;
  const all = [...flags, ...unsaved.filter((u) => !flags.some((f) => f.id === u.id))];
  const stamp = new Date().toISOString().slice(0, 10);
  const doExport = async (kind: 'json' | 'jsonl') => {
    if (kind === 'json') download(`on-record-flags-${stamp}.json`, exportJson(all), 'application/json');
    else download(`on-record-flags-${stamp}.jsonl`, exportJsonLines(all), 'application/jsonl');
    await onExported(flags.map((f) => f.id));
    setMessage(
      `Exported ${all.length} flag${all.length === 1 ? '' : 's'}. Send the file to the maintainers.`,
      flags.map((f) => f.id),
    );
  };
  const doDelete = async (f: Flag) => {
    try {
      await onDelete(f);
      setNote({ text: `Deleted the flag of ${f.body.statement.personName}’s words.`, about: [], undo: f });
    } catch (e) {
      setMessage(`Could not delete the flag: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const undo = async (f: Flag) => {
    try {
      await onRestore(f);
      setMessage(`Restored the flag of ${f.body.statement.personName}’s words.`);
    } catch (e) {
      setMessage(`Could not restore the flag: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const doImport = async (file: File | undefined) => {
    if (!file) return;
    setMessage(`Importing ${file.name}…`);
    try {
      const read = readExportFile(await file.text());
      if (!read.ok) return setMessage(`Could not import ${file.name}: ${read.error}.`);
      setMessage(describeImport(file.name, await sendImport(read.items, onImport)));
    } catch (e) {
      setMessage(`Could not import ${file.name}: ${e instanceof Error ? e.message : String(e)}. Nothing else changed.`);
    }
  };
  return (
    <section aria-labelledby="flagged-h" class="flagged">
      <h2 id="flagged-h">Flagged ({all.length})</h2>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      {unsaved.length > 0 && (
        <p class="problem" role="alert">
          {unsaved.length} flag{unsaved.length === 1 ? ' is' : 's are'} not saved in the browser yet (storage failed):
          export now to keep {unsaved.length === 1 ? 'it' : 'them'}.
        </p>
      )}
      {all.length === 0 && (
        <p class="meta">
          No flags yet. In an article, use “Flag as new statement” beside a quote, or select words and choose “Flag as
          statement…”.
        </p>
      )}
      <ul class="flags" data-testid="flags">
        {all.map((f) => {
          const s = f.body.statement;
          return (
            <li key={f.id} class="card">
              <div class="meta">
                {s.personName} · said {formatDate(s.said.date, s.said.precision)} ·{' '}
                <span class={`badge ${f.status}`}>{f.status}</span>
              </div>
              <p class="words">{s.words.indirect ? s.words.text : `“${s.words.text}”`}</p>
              <div class="row">
                {safeHref(f.target.source) && (
                  <a
                    href={`${f.target.source}#:~:text=${encodeURIComponent(f.target.selector[0].exact.slice(0, 80))}`}
                    target="_blank"
                    rel="noreferrer noopener"
                  >
                    Open the source at these words
                  </a>
                )}
                <button type="button" onClick={() => onEdit(f)}>
                  Edit
                </button>
                <button type="button" onClick={() => void doDelete(f)}>
                  Delete
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <div class="row">
        <button type="button" onClick={() => void doExport('json')} disabled={all.length === 0}>
          Export JSON
        </button>
        <button type="button" onClick={() => void doExport('jsonl')} disabled={all.length === 0}>
          Export JSON Lines
        </button>
        {/* A visible button opens the file chooser; the file input itself is no focus stop of its own. */}
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.jsonl,application/json"
          hidden
          tabIndex={-1}
          aria-label="Import flags from a file"
          data-testid="import-file"
          onChange={(e) => {
            void doImport(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </div>
      <p class="meta" role="status" data-testid="flagged-message">
        {note?.text}
        {note?.undo && (
          <>
            {' '}
            <button type="button" class="link" onClick={() => void undo(note.undo!)}>
              Undo
            </button>
          </>
        )}
      </p>
    </section>
  );
}
