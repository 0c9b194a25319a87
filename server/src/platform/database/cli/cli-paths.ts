import { resolve } from 'node:path';

/** A path given on the command line, relative to where `npm run` was typed (npm runs the script in server/). */
export const pathFromCaller = (path: string): string => resolve(process.env.INIT_CWD ?? process.cwd(), path);
