import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function startService(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', MODEL_DIR: inject('modelDir'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitForHealthy(port: number): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status === 200, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('service did not become healthy');
}

describe('the service process', () => {
  it('starts in local anonymous mode with one clear warning, and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const service = startService({ PORT: String(port) });
    await waitForHealthy(port);
    const warnings = service.output().split('\n').filter((l) => l.includes('anonymous mode'));
    expect(warnings).toHaveLength(1);
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    expect(service.output()).toMatch(/"event":"shutdown"/);
  });

  it('fails fast with a readable message on invalid configuration', async () => {
    const service = startService({ PORT: 'abc', MicrosoftAppId: 'x', MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: 'p' });
    expect(await service.exited).toBe(1);
    expect(service.output()).toMatch(/Invalid configuration/);
    expect(service.output()).toMatch(/PORT/);
    expect(service.output()).toMatch(/MicrosoftAppTenantId: is required when MicrosoftAppType is SingleTenant/);
  });

  it('refuses to start in production without MicrosoftAppId', async () => {
    const service = startService({ NODE_ENV: 'production', PORT: String(await freePort()) });
    expect(await service.exited).toBe(1);
    expect(service.output()).toMatch(/MicrosoftAppId: is required when NODE_ENV is production/);
  });
});
