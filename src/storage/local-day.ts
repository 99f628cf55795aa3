/** Formats instants as YYYY-MM-DD local dates in one IANA time zone (figures per day follow NZ days, not UTC's). */
export function localDayFormatter(timeZone: string): (at: Date) => string {
  // en-CA formats dates as YYYY-MM-DD.
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (at) => format.format(at);
}

/** The time zone the Ministry's staff read figures in. */
export const DEFAULT_TIME_ZONE = 'Pacific/Auckland';
