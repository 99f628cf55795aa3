import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { read } from 'read';
import { ConfigError, loadConfig } from '../config.js';
import { openStore } from '../storage/open-store.js';
import type { StaffAccount, StaffRole, Store } from '../storage/store.js';
import { MIN_PASSWORD_LENGTH } from './password.js';
import { staffRole } from './schemas.js';
import { createStaffAccount, setStaffDisabled, setStaffPassword, setStaffRole, StaffAccountError } from './staff-accounts.js';

/**
 * Staff accounts from the command line, against the store the config points at (DATA_DIR or
 * DATABASE_URL). Every change is written to the audit log as "cli:<operating-system user>".
 *
 *   npm run staff -- add <username> --role reviewer|admin [--password-stdin]
 *   npm run staff -- list
 *   npm run staff -- disable <username> | enable <username>
 *   npm run staff -- set-password <username> [--password-stdin]
 *   npm run staff -- set-role <username> --role reviewer|admin
 *
 * In a production image without dev dependencies: node dist/src/review/staff-cli.js <same arguments>.
 * The entry point is staff-cli.ts; this module is what tests call.
 */
const USAGE = `Usage:
  npm run staff -- add <username> --role reviewer|admin [--password-stdin]
  npm run staff -- list
  npm run staff -- disable <username>
  npm run staff -- enable <username>
  npm run staff -- set-password <username> [--password-stdin]
  npm run staff -- set-role <username> --role reviewer|admin
Without --password-stdin the password is asked for (not shown while typed). At least ${MIN_PASSWORD_LENGTH} characters.`;

class UsageError extends Error {}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing newline is the end of the line, not part of the password.
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new UsageError('No terminal to ask for the password: pipe it in with --password-stdin.');
  const first = await read({ prompt: 'Password: ', silent: true, replace: '' });
  const again = await read({ prompt: 'Password again: ', silent: true, replace: '' });
  if (first !== again) throw new UsageError('The two passwords differ.');
  return first;
}

function roleOf(value: string | undefined): StaffRole {
  const parsed = staffRole.safeParse(value);
  if (!parsed.success) throw new UsageError('--role must be reviewer or admin.');
  return parsed.data;
}

function describe(a: StaffAccount): string {
  const state = a.disabled ? 'disabled' : a.lockedUntil && a.lockedUntil > new Date() ? `locked until ${a.lockedUntil.toISOString()}` : 'active';
  const last = a.lastLoginAt ? a.lastLoginAt.toISOString() : 'never';
  return `${a.username.padEnd(24)} ${a.role.padEnd(9)} ${state.padEnd(10)} last login ${last}`;
}

async function run(store: Store, argv: string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, 'password-stdin': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, username] = positionals;
  const actor = `cli:${userInfo().username}`;
  const password = async () => (values['password-stdin'] ? readStdin() : askPassword());
  const needUser = (): string => {
    if (!username) throw new UsageError(`${command} needs a username.`);
    return username;
  };
  switch (command) {
    case 'add': {
      const role = roleOf(values.role);
      const account = await createStaffAccount(store, { username: needUser(), role, password: await password() }, actor);
      return out(`Added ${account.role} "${account.username}".`);
    }
    case 'list': {
      const accounts = await store.staff.list();
      return out(accounts.length === 0 ? 'No staff accounts yet.' : accounts.map(describe).join('\n'));
    }
    case 'disable':
    case 'enable':
      await setStaffDisabled(store, needUser(), command === 'disable', actor);
      return out(`${command === 'disable' ? 'Disabled (and logged out)' : 'Enabled'} "${username}".`);
    case 'set-password':
      await setStaffPassword(store, needUser(), await password(), actor);
      return out(`Changed the password of "${username}" (their sessions have ended).`);
    case 'set-role': {
      const role = roleOf(values.role);
      await setStaffRole(store, needUser(), role, actor);
      return out(`"${username}" is now ${role}.`);
    }
    default:
      throw new UsageError(command ? `Unknown command "${command}".` : 'Give a command.');
  }
}

/** Runs one CLI command; returns the process exit code (0 done, 1 refused, 2 usage). */
export async function main(argv: string[], env?: NodeJS.ProcessEnv): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  let store: Store | undefined;
  try {
    store = await openStore(loadConfig(env));
    await run(store, argv, (line) => console.log(line));
    return 0;
  } catch (err) {
    if (err instanceof UsageError || (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof StaffAccountError || err instanceof ConfigError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    await store?.close();
  }
}
