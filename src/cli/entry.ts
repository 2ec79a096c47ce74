/** The process entry: runs one CLI command and sets the exit code (bin/policywatch.js loads it through tsx). */
import { main } from './index.ts';

const code = await main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
