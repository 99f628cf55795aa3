import type { Logger } from 'pino';
import type { Clock, StaffRole, StaffSession, Store } from '../storage/store.js';
import type { CookieSecurePolicy } from './session-cookie.js';
import type { StaffLogin } from './staff-login.js';
import type { StaffSessions } from './staff-sessions.js';

/** What every review route shares. */
export interface ReviewContext {
  store: Store;
  sessions: StaffSessions;
  login: StaffLogin;
  clock: Clock;
  logger: Logger;
  cookieSecure: CookieSecurePolicy;
  /** Languages and topics for the filters, and the redaction placeholder types the UI marks. */
  meta: { languages: Array<{ code: string; name: string }>; topics: readonly string[]; placeholders: readonly string[] };
}

/** The signed-in staff member a route acts for. */
export interface Principal {
  username: string;
  role: StaffRole;
  session: StaffSession;
  cookieValue: string;
}
