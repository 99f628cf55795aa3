import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';

export interface ThrowawayPostgres {
  /** A new, empty database in the cluster; returns its connection string. */
  createDatabase(): Promise<string>;
  /** Stops the cluster and deletes its directory. */
  stop(): Promise<void>;
}

/**
 * A private PostgreSQL 15 cluster for tests: initdb in a temp dir, listening only on a unix socket in
 * that dir (no TCP), trust auth, durability off for speed. initdb refuses to run as root, so as root
 * the cluster runs as the `postgres` user.
 */
export async function startThrowawayPostgres(binDir: string = POSTGRES_BIN): Promise<ThrowawayPostgres> {
  if (!existsSync(join(binDir, 'initdb'))) {
    throw new Error(
      `PostgreSQL 15 server binaries not found in ${binDir}: the PostgreSQL contract tests need them. ` +
        'Install them with `apt-get install -y postgresql-15` (.ci/run does this when they are missing).',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'csb-postgres-'));
  const dataDir = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const [uid, gid] = await Promise.all([idOf('-u'), idOf('-g')]);
    chownSync(dir, uid, gid);
  }
  const pgTool = (tool: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(binDir, tool), ...args], { cwd: dir })
      : run(join(binDir, tool), args, { cwd: dir });

  const port = await freePort();
  try {
    await pgTool('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const serverOptions = [
      `-p ${port}`,
      `-k ${dir}`,
      "-c listen_addresses=''",
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    await pgTool('pg_ctl', ['-D', dataDir, '-l', join(dir, 'postgres.log'), '-o', serverOptions, '-w', '-t', '60', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Could not start the throwaway PostgreSQL cluster: ${(error as Error).message}`, { cause: error });
  }

  const url = (database: string) => `postgresql://postgres@localhost/${database}?host=${encodeURIComponent(dir)}&port=${port}`;
  let databases = 0;
  return {
    async createDatabase() {
      databases += 1;
      const name = `contract_${databases}`;
      const admin = new pg.Client({ connectionString: url('postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    async stop() {
      try {
        await pgTool('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

async function idOf(flag: '-u' | '-g'): Promise<number> {
  const { stdout } = await run('id', [flag, 'postgres']);
  return Number(stdout.trim());
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
