// Date inputs give local days (YYYY-MM-DD); the API takes instants. "to" is inclusive in the UI,
// so it becomes the start of the next local day.
export function dayStart(day) {
  return day ? new Date(`${day}T00:00:00`).toISOString() : undefined;
}

export function dayAfter(day) {
  if (!day) return undefined;
  const next = new Date(`${day}T00:00:00`);
  next.setDate(next.getDate() + 1);
  return next.toISOString();
}

/** The hash for a view with its filters, so filters survive reloads and the Back button. */
export function hashWith(path, params) {
  const search = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== ''));
  const text = search.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}
