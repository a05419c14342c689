/** Styles of the hover card, inside its shadow root; light and dark follow the system. */
export const CARD_CSS = `
.card { position: fixed; z-index: 2147483646; box-sizing: border-box; width: 340px; max-width: calc(100vw - 16px);
  padding: 12px 14px; border-radius: 10px; border: 1px solid #d0d4da; background: #ffffff; color: #1d1d1f;
  box-shadow: 0 8px 28px rgba(0,0,0,.18); font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; }
.head { display: flex; align-items: center; gap: 8px; font-size: 14px; }
.avatar { display: inline-grid; place-items: center; width: 28px; height: 28px; border-radius: 50%; background: #2457c5; color: #fff; font-size: 12px; font-weight: 600; }
.role { color: #5f6368; margin: 4px 0 8px; }
.muted { color: #5f6368; margin: 6px 0; }
.badge { display: inline-block; margin: 0 0 8px; padding: 1px 8px; border-radius: 10px; background: #fff4d6; color: #6b4e00; font-size: 12px; }
blockquote { margin: 0 0 10px; padding: 0 0 0 10px; border-left: 3px solid #d0d4da; }
.words { margin: 0 0 4px; }
.source { color: #5f6368; font-size: 12px; }
.source a { color: #2457c5; }
.tag { display: inline-block; margin: 0 0 4px; font-size: 11px; text-transform: uppercase; letter-spacing: .03em; color: #5f6368; }
.notice { margin: 8px 0 0; font-size: 12px; }
.notice.empty { margin: 0; }
.card:focus-visible, a:focus-visible { outline: 2px solid #ff9f1a; outline-offset: 2px; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #2457c5; background: #2457c5; color: #fff; cursor: pointer; }
button:focus-visible { outline: 2px solid #ff9f1a; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #24252a; color: #e8eaed; border-color: #3c4043; }
  .role, .muted, .source, .tag { color: #9aa0a6; }
  .source a { color: #8ab4f8; }
  .badge { background: #4a3b10; color: #ffe08a; }
  blockquote { border-color: #3c4043; }
  .avatar, button { background: #8ab4f8; border-color: #8ab4f8; color: #1d1d1f; }
}
`;
