import { SCENARIOS } from './scenarios';

/**
 * `npm run test:faults`: every scenario on a fresh database and server, each ending with the lost-answer check.
 * `-- --short`: the profile CI runs; `-- <text>`: the scenarios whose name holds it.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const short = args.includes('--short');
  const only = args.find((a) => !a.startsWith('--'));
  let passed = 0;
  let failed = 0;
  for (const scenario of SCENARIOS.filter((s) => (!only || s.name.includes(only)) && (!short || s.short))) {
    const started = Date.now();
    try {
      const outcome = await scenario.run();
      if (outcome.ok) passed++;
      else failed++;
      console.log(`${outcome.ok ? '✓' : '✗'} ${scenario.name} (${Math.round((Date.now() - started) / 1000)} s): ${outcome.details}`);
    } catch (error) {
      failed++;
      console.log(`✗ ${scenario.name}: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
}

void main();
