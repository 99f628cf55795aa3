import { main } from './staff-command.js';

/** `npm run staff -- …`: see staff-command.ts for the commands. */
process.exitCode = await main(process.argv.slice(2));
