import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startApp } from './app.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config);
  const app = await startApp(config, logger);
  app.ready.catch((err: Error) => {
    logger.fatal({ event: 'startup_failed', err: { message: err.message, stack: err.stack } }, 'could not load the NLU models');
    process.exit(1);
  });

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'shutdown', signal }, 'draining in-flight turns');
    const drained = await app.drain(config.shutdownTimeoutMs);
    logger.info({ event: 'shutdown', drained }, drained ? 'stopped cleanly' : 'stopped with turns still running');
    process.exit(drained ? 0 : 1);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

void main();
