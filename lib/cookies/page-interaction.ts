// Runs in the content script: did the user click, tap or type on the page since it loaded? Tracking
// cookies present before any interaction were set before the user could answer a cookie banner.
const EVENTS = ['pointerdown', 'keydown'] as const;

/** Start watching a page (window) for the user's first interaction; the returned function tells whether it happened. */
export function watchInteraction(target: EventTarget): () => boolean {
  let interacted = false;
  const mark = (event: Event) => {
    // A page script can dispatch synthetic events to look "answered"; only the user's own count.
    if (!event.isTrusted) return;
    interacted = true;
    for (const type of EVENTS) target.removeEventListener(type, mark, true);
  };
  for (const type of EVENTS) target.addEventListener(type, mark, { capture: true, passive: true });
  return () => interacted;
}
