/** A date and time with its zone, as the app writes `at` (2024-05-01T09:30:00.000Z or ...+02:00). */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function isIsoTime(text: string): boolean {
  const match = ISO_TIME.exec(text);
  if (!match || Number.isNaN(Date.parse(text))) {
    return false;
  }
  // Date.parse rolls 2024-02-30 over to March: the day must exist in its month.
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate() && hour < 24 && minute < 60;
}

/**
 * An absolute http(s) URL with a host, written out: URL() alone takes `https:host` and `http:///host` (it repairs
 * them, as browsers do), which no one means as a link.
 */
export function isHttpUrl(url: string): boolean {
  if (!/^https?:\/\/[^/\\\s]/i.test(url)) {
    return false;
  }
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname !== '';
  } catch {
    return false;
  }
}
