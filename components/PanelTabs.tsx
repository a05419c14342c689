import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface PanelTab<T extends string> {
  id: T;
  label: string;
}

export interface PanelTabsProps<T extends string> {
  tabs: PanelTab<T>[];
  selected: T;
  onSelect: (id: T) => void;
  label: string;
  children: ComponentChildren;
}

/** Ids that tie a tab to its panel. */
export const tabIdOf = (id: string) => `tab-${id}`;
export const panelIdOf = (id: string) => `tabpanel-${id}`;

/**
 * Tabs as the WAI-ARIA tabs pattern has them: one tab stop (roving tabindex), arrow keys, Home and End move between
 * tabs and select them, and the selected tab labels the one tabpanel.
 */
export function PanelTabs<T extends string>({ tabs, selected, onSelect, label, children }: PanelTabsProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const to =
      e.key === 'ArrowRight'
        ? (at + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    if (to < 0) return;
    e.preventDefault();
    const next = tabs[to]!;
    onSelect(next.id);
    list.current?.querySelector<HTMLElement>(`#${tabIdOf(next.id)}`)?.focus();
  };
  return (
    <>
      <div class="tabs" role="tablist" aria-label={label} ref={list}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={tabIdOf(t.id)}
            aria-selected={t.id === selected}
            // Only the shown panel exists: a reference to a missing one is an error for assistive technology.
            aria-controls={t.id === selected ? panelIdOf(t.id) : undefined}
            tabIndex={t.id === selected ? 0 : -1}
            onClick={() => onSelect(t.id)}
            onKeyDown={onKeyDown}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelIdOf(selected)} aria-labelledby={tabIdOf(selected)} class="tabpanel">
        {children}
      </div>
    </>
  );
}
