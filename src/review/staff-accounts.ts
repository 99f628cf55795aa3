import { StoreConflictError } from '../storage/errors.js';
import { normalizeUsername } from '../storage/staff.js';
import type { StaffAccount, StaffRole, Store } from '../storage/store.js';
import { hashPassword, passwordProblem } from './password.js';
import { username as usernameSchema } from './schemas.js';

/** A request the account rules refuse; its message is meant for the person who asked. */
export class StaffAccountError extends Error {
  override name = 'StaffAccountError';
  constructor(
    message: string,
    readonly kind: 'invalid' | 'taken' | 'unknown' = 'invalid',
  ) {
    super(message);
  }
}

type AccountStore = Pick<Store, 'staff' | 'audit'>;

function validUsername(username: string): string {
  const parsed = usernameSchema.safeParse(username);
  if (!parsed.success) throw new StaffAccountError(`The username ${parsed.error.issues[0]?.message ?? 'is not valid'}.`);
  return parsed.data;
}

function checkPassword(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new StaffAccountError(problem);
}

/** Staff account changes, shared by the staff CLI and the admin API; each one is audited under `actor`. */
export async function createStaffAccount(
  store: AccountStore,
  account: { username: string; role: StaffRole; password: string },
  actor: string,
): Promise<StaffAccount> {
  const username = validUsername(account.username);
  checkPassword(account.password, username);
  try {
    const created = await store.staff.create({ username, role: account.role, passwordHash: await hashPassword(account.password) });
    await store.audit.append({ actor, action: 'staff.create', target: created.username, details: { role: created.role } });
    return created;
  } catch (err) {
    if (err instanceof StoreConflictError) throw new StaffAccountError(`The username "${username}" is taken.`, 'taken');
    throw err;
  }
}

export async function setStaffDisabled(store: AccountStore, username: string, disabled: boolean, actor: string): Promise<void> {
  if (!(await store.staff.setDisabled(username, disabled))) throw new StaffAccountError(`There is no account "${username}".`, 'unknown');
  await store.audit.append({ actor, action: disabled ? 'staff.disable' : 'staff.enable', target: normalizeUsername(username) });
}

export async function setStaffPassword(store: AccountStore, username: string, password: string, actor: string): Promise<void> {
  checkPassword(password, username);
  if (!(await store.staff.setPasswordHash(username, await hashPassword(password)))) {
    throw new StaffAccountError(`There is no account "${username}".`, 'unknown');
  }
  await store.audit.append({ actor, action: 'staff.set_password', target: normalizeUsername(username) });
}

export async function setStaffRole(store: AccountStore, username: string, role: StaffRole, actor: string): Promise<void> {
  if (!(await store.staff.setRole(username, role))) throw new StaffAccountError(`There is no account "${username}".`, 'unknown');
  await store.audit.append({ actor, action: 'staff.set_role', target: normalizeUsername(username), details: { role } });
}
