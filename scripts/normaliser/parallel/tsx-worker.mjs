/**
 * Starts a note worker from the TypeScript sources (tests, `npx tsx scripts/normalise.ts`): on
 * Node 20, `--import tsx` in a worker's execArgv does not reach the worker's module loader, so the
 * worker registers tsx itself, then imports the module named by its first argument.
 */
import { register } from 'tsx/esm/api';

register();
await import(process.argv[2]);
