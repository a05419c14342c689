/** The background's side of flagging: drafts from the page, and the flag store's commands. */
import type { Message, Reply, StoredTab } from '../messaging/contract';
import { tabKey } from '../messaging/contract';
import type { ExtensionApi } from '../messaging/extension-api';
import type { FlagDraft, PageDescription } from '../flags/draft';
import {
  DuplicateFlagError,
  UNSAVED_FLAGS_KEY,
  deleteFlag,
  listFlags,
  markExported,
  saveFlag,
} from '../flags/flag-store';
import { importFlags } from '../flags/import-flags';
import { parseFlag } from '../flags/annotation';
import type { LoadedEngine } from './load-engine';

type FlagMessage = Extract<
  Message,
  {
    type:
      | 'get-flag-choices'
      | 'describe-span'
      | 'take-flag-draft'
      | 'save-flag'
      | 'list-flags'
      | 'delete-flag'
      | 'mark-flags-exported'
      | 'import-flags';
  }
>;

const FLAG_TYPES = new Set([
  'get-flag-choices',
  'describe-span',
  'take-flag-draft',
  'save-flag',
  'list-flags',
  'delete-flag',
  'mark-flags-exported',
  'import-flags',
]);

export const isFlagMessage = (m: Message): m is FlagMessage => FLAG_TYPES.has(m.type);

export interface FlagDeps {
  loadEngine: () => Promise<LoadedEngine>;
  sendToTab: (tabId: number, m: Message) => Promise<unknown>;
}

const draftKey = (tabId: number) => `draft:${tabId}`;

/** Builds a draft from the reader's selection on a tab and leaves it for the side panel. */
export async function startSelectionDraft(browser: ExtensionApi, tabId: number, deps: FlagDeps): Promise<void> {
  const page = (await deps
    .sendToTab(tabId, { type: 'describe-selection' })
    .catch(() => null)) as PageDescription | null;
  if (!page) return;
  const stored = (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as StoredTab | undefined;
  const draft: FlagDraft = {
    ...page,
    speaker: { id: null, name: null },
    indirect: false,
    topics: stored && 'analysis' in stored ? stored.analysis.topics.slice(0, 3).map((t) => t.topic) : [],
  };
  await browser.storage.session.set({ [draftKey(tabId)]: draft });
}

const notify = (browser: ExtensionApi) =>
  browser.runtime.sendMessage({ type: 'flags-updated' } satisfies Message).catch(() => {});

/** Answers one flag message. */
export async function handleFlagMessage(
  browser: ExtensionApi,
  message: FlagMessage,
  deps: FlagDeps,
): Promise<Reply<unknown>> {
  switch (message.type) {
    case 'get-flag-choices': {
      const { core: dataset } = await deps.loadEngine();
      return {
        ok: true,
        value: {
          people: dataset.people.map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name)),
          topics: dataset.topics.map((t) => ({ id: t.id, label: t.label })),
        },
      };
    }
    case 'describe-span': {
      const page = await deps
        .sendToTab(message.tabId, {
          type: 'describe-span',
          tabId: message.tabId,
          start: message.start,
          end: message.end,
        })
        .catch(() => null);
      return page
        ? { ok: true, value: page }
        : { ok: false, error: 'These words could not be found on the page any more. Reload it and try again.' };
    }
    case 'take-flag-draft': {
      const key = draftKey(message.tabId);
      const draft = (await browser.storage.session.get(key))[key] ?? null;
      if (draft) await browser.storage.session.remove(key);
      return { ok: true, value: draft };
    }
    case 'save-flag': {
      const parsed = parseFlag(message.flag);
      if (!parsed.ok) return { ok: false, error: `The flag is incomplete: ${parsed.problem}` };
      try {
        const saved = await saveFlag(parsed.flag);
        void notify(browser);
        return { ok: true, value: saved };
      } catch (e) {
        if (e instanceof DuplicateFlagError)
          return { ok: false, error: `${e.message} (flagged ${e.existing.created.slice(0, 10)})` };
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    }
    case 'list-flags': {
      const list = await listFlags();
      const unsaved =
        ((await browser.storage.session.get(UNSAVED_FLAGS_KEY.replace('session:', '')))[
          UNSAVED_FLAGS_KEY.replace('session:', '')
        ] as unknown[]) ?? [];
      return { ok: true, value: { ...list, unsaved } };
    }
    case 'delete-flag':
      await deleteFlag(message.id);
      void notify(browser);
      return { ok: true, value: null };
    case 'mark-flags-exported':
      await markExported(message.ids);
      void notify(browser);
      return { ok: true, value: null };
    case 'import-flags': {
      const report = await importFlags(message.items);
      void notify(browser);
      return { ok: true, value: report };
    }
  }
}
