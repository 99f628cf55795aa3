/**
 * Quick exit: the button, or Esc pressed three times in a row, replaces the page with a neutral
 * site at once. location.replace leaves no Back entry for this page.
 */
const ESCAPES_NEEDED = 3;
/** Esc presses further apart than this do not count as one quick exit (Esc also closes menus). */
const ESCAPE_WINDOW_MS = 2000;
export const EXIT_MESSAGE = 'community-safety-chat:quick-exit';
export const EXIT_REQUEST = 'community-safety-chat:quick-exit-request';

export function installQuickExit({ button, url, embedded, beforeExit }) {
  let leaving = false;
  const exit = () => {
    if (leaving) return;
    leaving = true;
    try {
      beforeExit();
    } finally {
      document.title = '';
      document.body.replaceChildren();
      if (embedded) {
        // The page that embeds us replaces itself (embed.js); a click also lets us navigate it directly.
        window.parent.postMessage({ type: EXIT_MESSAGE, url }, '*');
        try {
          window.top.location.replace(url);
        } catch {
          // Navigating the top page needs a click; embed.js does it on our message.
        }
      }
      window.location.replace(url);
    }
  };

  button.addEventListener('click', exit);
  let presses = [];
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape') {
        presses = [];
        return;
      }
      const now = performance.now();
      presses = [...presses.filter((t) => now - t < ESCAPE_WINDOW_MS), now];
      if (presses.length >= ESCAPES_NEEDED) exit();
    },
    true,
  );
  // Esc pressed three times on the embedding page (embed.js) asks us to leave the same way.
  window.addEventListener('message', (event) => {
    if (embedded && event.source === window.parent && event.data?.type === EXIT_REQUEST) exit();
  });
  return exit;
}
