/** How a reader opens the panel by hand, where the browser will not let a page's button open it. */

/** The manifest's shortcut for the toolbar button (Chrome's `_execute_action`, Firefox's `_execute_sidebar_action`). */
export const PANEL_SHORTCUT = 'Alt+Shift+O';

/** Shown in the hover card when "Open in side panel" could not open it. */
export const PANEL_BY_HAND = `The browser did not let On Record open its panel from the page. Open it with the On Record toolbar button or ${PANEL_SHORTCUT}.`;
