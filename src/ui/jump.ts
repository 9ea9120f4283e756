/**
 * Follows an in-page link without touching the address: the fragment holds share links, so a
 * "#rejected-heading" there would be read as one. Scrolls the target into view and gives it focus
 * (it needs tabindex="-1"), as following the link would.
 */
export function jumpTo(e: Event, id: string): void {
  e.preventDefault();
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
