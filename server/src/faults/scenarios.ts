import { execFileSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { benchQuery } from '../bench/bench-world';
import { httpJson } from '../bench/http-client';
import { GRACE_SECONDS } from '../modules/exams/domain/attempt-window';
import { diskFullScenario } from './disk-full';
import { check, closeScene, flushAll, openScene, Scene, sleep, submitAll, untilAcknowledged, untilScored } from './fault-world';

export interface Outcome {
  ok: boolean;
  details: string;
}

export interface Scenario {
  name: string;
  /** Part of the short profile CI runs after the tests (a few minutes; never restarts PostgreSQL). */
  short?: true;
  run(): Promise<Outcome>;
}

async function withScene(count: number, work: (scene: Scene) => Promise<string[]>): Promise<Outcome> {
  const scene = await openScene(count);
  try {
    const problems = await work(scene);
    if (!(await untilScored(scene))) problems.push('attempts still waiting to be scored 30 s after the last submit');
    const v = await check(scene);
    if (v.lostAnswers) problems.push(`${v.lostAnswers} of ${v.acknowledgedAnswers} acknowledged answers lost`);
    if (v.ungradedAttempts) problems.push(`${v.ungradedAttempts} of ${v.attempts} attempts not graded`);
    return {
      ok: problems.length === 0,
      details: problems.length
        ? problems.join('; ')
        : `${v.acknowledgedAnswers} acknowledged answers all kept; ${v.attempts} attempts graded`,
    };
  } finally {
    await closeScene(scene);
  }
}

/** Autosave steadily from every candidate for `ms`. */
async function steadyAutosave(scene: Scene, ms: number): Promise<void> {
  const until = Date.now() + ms;
  await Promise.all(
    scene.candidates.map(async (c) => {
      while (Date.now() < until) {
        c.changeAnswer();
        await c.autosave();
        await sleep(100);
      }
    }),
  );
}

async function submittedEvents(scene: Scene): Promise<number[]> {
  const rows = await benchQuery<{ n: number }>(
    scene.world.databaseUrl!,
    `SELECT count(e.id)::int AS n FROM attempt a LEFT JOIN attempt_event e ON e.attempt_id = a.id AND e.kind = 'submitted' WHERE a.sitting_id = $1 GROUP BY a.id`,
    [scene.world.examSittingId],
  );
  return rows.map((r) => r.n);
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'kill -9 of the API during steady autosave, then restart',
    run: () =>
      withScene(40, async (scene) => {
        const load = steadyAutosave(scene, 8000);
        await sleep(3000);
        await scene.world.kill9();
        await sleep(1000);
        await scene.world.start();
        await load;
        await flushAll(scene.candidates);
        await submitAll(scene.candidates);
        return [];
      }),
  },
  {
    name: 'kill -9 of the API inside the submit storm, then restart',
    short: true,
    run: () =>
      withScene(40, async (scene) => {
        await steadyAutosave(scene, 2000);
        await flushAll(scene.candidates);
        const storm = Promise.all(scene.candidates.map((c) => c.submit()));
        await sleep(60);
        await scene.world.kill9();
        await storm;
        await scene.world.start();
        await submitAll(scene.candidates);
        const events = await submittedEvents(scene);
        return events.every((n) => n === 1) ? [] : [`submitted events per attempt: ${JSON.stringify(events)} (each must be 1)`];
      }),
  },
  {
    name: 'PostgreSQL restarted (immediate mode) mid-submit',
    run: async () => {
      const cluster = clusterOf();
      if (!cluster) return { ok: true, details: 'skipped: pg_ctlcluster not available here' };
      return withScene(40, async (scene) => {
        await steadyAutosave(scene, 2000);
        await flushAll(scene.candidates);
        const storm = Promise.all(scene.candidates.map((c) => c.submit()));
        await sleep(50);
        execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster.version, cluster.name, 'restart', '-m', 'immediate'], {
          stdio: 'ignore',
        });
        await storm;
        await submitAll(scene.candidates);
        return [];
      });
    },
  },
  {
    name: 'connection pool exhausted: 400 autosaves at once',
    run: () =>
      withScene(40, async (scene) => {
        const statuses = await Promise.all(
          scene.candidates.flatMap((c) =>
            Array.from({ length: 10 }, (_, i) =>
              c.saveWithSeq(
                c.questions[i % c.questions.length].slot,
                c.questions[i % c.questions.length].type === 'true_false' ? true : null,
                1000 + i,
              ),
            ),
          ),
        );
        await submitAll(scene.candidates);
        const bad = statuses.filter((s) => s >= 500 || s === 0).length;
        return bad ? [`${bad} of ${statuses.length} autosaves failed with 5xx or no answer`] : [];
      }),
  },
  {
    name: 'ten concurrent identical submits',
    short: true,
    run: () =>
      withScene(3, async (scene) => {
        const c = scene.candidates[0];
        c.changeAnswer();
        await c.autosave();
        const bodies = await Promise.all(Array.from({ length: 10 }, async () => (await c.submit(), JSON.stringify(c.lastSubmitBody))));
        await submitAll(scene.candidates);
        const events = await submittedEvents(scene);
        const problems: string[] = [];
        if (new Set(bodies).size !== 1) problems.push('the ten submits did not answer the same');
        if (!events.every((n) => n === 1)) problems.push(`submitted events: ${JSON.stringify(events)}`);
        return problems;
      }),
  },
  {
    name: 'an autosave arriving after the submit',
    short: true,
    run: () =>
      withScene(2, async (scene) => {
        const c = scene.candidates[0];
        const q = c.questions[0];
        await c.saveWithSeq(q.slot, null, 1);
        await submitAll(scene.candidates);
        const status = await c.saveWithSeq(q.slot, q.type === 'true_false' ? true : null, 2);
        return status === 409 ? [] : [`late autosave answered ${status}, not 409`];
      }),
  },
  {
    name: 'two tabs on one attempt: the newest sequence number wins',
    run: () =>
      withScene(2, async (scene) => {
        const a = scene.candidates[0];
        const b = a.secondTab(0);
        const slot = a.questions.find((q) => q.type === 'true_false') ?? a.questions[0];
        const value = (n: number) => (slot.type === 'true_false' ? n % 2 === 0 : null);
        const late = await Promise.all([a.saveWithSeq(slot.slot, value(5), 5), b.saveWithSeq(slot.slot, value(6), 6)]);
        const stale = await a.saveWithSeq(slot.slot, value(4), 4);
        const [row] = await benchQuery<{ answer: unknown; seq: string }>(
          scene.world.databaseUrl!,
          'SELECT answer, answer_seq AS seq FROM attempt_slot WHERE attempt_id = $1 AND slot = $2',
          [a.attemptId, slot.slot],
        );
        a.acknowledged.set(slot.slot, { answer: value(6), seq: 6 });
        await submitAll(scene.candidates);
        const problems: string[] = [];
        if (!late.every((s) => s === 200 || s === 409)) problems.push(`tab statuses ${JSON.stringify(late)}`);
        if (stale !== 409) problems.push(`an older seq answered ${stale}, not 409`);
        if (Number(row.seq) !== 6 || !isDeepStrictEqual(row.answer, value(6))) problems.push(`stored seq ${row.seq}, not 6`);
        return problems;
      }),
  },
  {
    name: "the client's clock ten minutes wrong, either way",
    run: () =>
      withScene(2, async (scene) => {
        const problems: string[] = [];
        for (const [c, skewMinutes] of [
          [scene.candidates[0], 10],
          [scene.candidates[1], -10],
        ] as const) {
          const auth = { authorization: `Bearer ${c.token}` };
          const clientAt = new Date(Date.now() + skewMinutes * 60_000).toISOString();
          const hidden = await httpJson(`${scene.world.baseUrl}/api/attempts/${c.attemptId}/events`, 'POST', auth, {
            kind: 'hidden',
            clientAt,
          });
          const shown = await httpJson(`${scene.world.baseUrl}/api/attempts/${c.attemptId}/events`, 'POST', auth, {
            kind: 'visible',
            clientAt,
          });
          c.changeAnswer();
          await c.autosave();
          const view = (await httpJson(`${scene.world.baseUrl}/api/attempts/${c.attemptId}`, 'GET', auth)).json as {
            deadline: string;
            serverNow: string;
          };
          // the time left comes from the server's clock alone: a 10-minute exam started moments ago
          const left = (Date.parse(view.deadline) - Date.parse(view.serverNow)) / 60_000;
          if (hidden.status !== 200 || shown.status !== 200)
            problems.push(`events with the clock ${skewMinutes} min off answered ${hidden.status}, ${shown.status}`);
          if (c.hasUnsaved()) problems.push(`an autosave with the clock ${skewMinutes} min off was not acknowledged`);
          if (!(left > 8 && left <= 10))
            problems.push(`with the clock ${skewMinutes} min off the server gives ${left.toFixed(1)} min left, not 8–10`);
        }
        const [{ n }] = await benchQuery<{ n: number }>(
          scene.world.databaseUrl!,
          `SELECT count(*)::int AS n FROM attempt_event e JOIN attempt a ON a.id = e.attempt_id WHERE a.sitting_id = $1 AND e.kind IN ('hidden', 'visible') AND abs(extract(epoch FROM e.client_at - e.at)) > 540`,
          [scene.world.examSittingId],
        );
        if (n !== 4) problems.push(`${n} of 4 page events kept the client's own time`);
        await submitAll(scene.candidates);
        return problems;
      }),
  },
  {
    name: 'a grading that throws in the middle of a submit storm',
    short: true,
    run: () =>
      withScene(40, async (scene) => {
        const url = scene.world.databaseUrl!;
        await steadyAutosave(scene, 2000);
        await flushAll(scene.candidates);
        // thirty submit at the deadline, ten are left to the sweeper; one of each throws when graded
        const stormers = scene.candidates.slice(0, 30);
        const leftOver = scene.candidates.slice(30);
        const poisoned = [stormers[15].attemptId, leftOver[0].attemptId];
        await benchQuery(
          url,
          'UPDATE attempt_slot SET question_version = question_version + 1000 WHERE attempt_id = ANY($1::uuid[]) AND slot = 1',
          [poisoned],
        );
        await benchQuery(url, 'UPDATE attempt SET deadline = now() WHERE id = ANY($1::uuid[])', [stormers.map((c) => c.attemptId)]);
        // the sweeper's poisoned attempt the most overdue, so it is the first it meets
        await benchQuery(
          url,
          `UPDATE attempt SET deadline = now() - make_interval(secs => $2) - CASE WHEN id = $3 THEN interval '1 minute' ELSE interval '0' END WHERE id = ANY($1::uuid[])`,
          [leftOver.map((c) => c.attemptId), GRACE_SECONDS + 1, leftOver[0].attemptId],
        );
        const storm = Promise.all(stormers.map((c) => c.submit()));
        const problems: string[] = [];
        const othersGraded = async () =>
          (
            await benchQuery<{ n: number }>(
              url,
              `SELECT count(*)::int AS n FROM attempt WHERE sitting_id = $1 AND status = 'graded' AND id <> ALL($2::uuid[])`,
              [scene.world.examSittingId, poisoned],
            )
          )[0].n;
        const started = Date.now();
        if (!(await untilAcknowledged(async () => (await othersGraded()) === 38, 30)))
          problems.push(`${await othersGraded()} of 38 other attempts graded 30 s after the deadline`);
        else console.log(`  the 38 others graded ${((Date.now() - started) / 1000).toFixed(1)} s after the deadline`);
        const failing = await benchQuery<{ failures: number }>(
          url,
          'SELECT scoring_failures AS failures FROM attempt WHERE id = ANY($1::uuid[]) AND status = $2',
          [poisoned, 'scoring'],
        );
        if (failing.length !== 2 || failing.some((f) => f.failures < 1))
          problems.push(`the poisoned attempts: ${JSON.stringify(failing)}, expected both waiting with a failure recorded`);
        const health = (await httpJson(`${scene.world.baseUrl}/api/health`, 'GET', {})).json as {
          status: string;
          problems: Array<{ check: string; count: number }>;
        };
        if (health.status !== 'degraded' || health.problems[0]?.count !== 2)
          problems.push(`health answered ${JSON.stringify(health)}, expected degraded with 2 attempts failing to score`);
        // the cause put right: both are graded at their next try, and the candidate's page shows it
        await benchQuery(
          url,
          'UPDATE attempt_slot SET question_version = question_version - 1000 WHERE attempt_id = ANY($1::uuid[]) AND slot = 1',
          [poisoned],
        );
        await benchQuery(url, `UPDATE attempt SET scoring_retry_at = now() WHERE id = ANY($1::uuid[])`, [poisoned]);
        await storm;
        if (await untilScored(scene)) {
          const after = (await httpJson(`${scene.world.baseUrl}/api/health`, 'GET', {})).json as { status: string };
          if (after.status !== 'ok') problems.push(`health still ${after.status} once every attempt was graded`);
        }
        return problems;
      }),
  },
  {
    name: 'answers at deadline −1 s, +1 s, + grace, + grace + 1 s',
    short: true,
    run: () =>
      withScene(1, async (scene) => {
        const c = scene.candidates[0];
        const slot = c.questions[0];
        const answer = slot.type === 'true_false' ? true : null;
        const at = async (offsetSeconds: number, seq: number) => {
          await benchQuery(scene.world.databaseUrl!, `UPDATE attempt SET deadline = now() - make_interval(secs => $2) WHERE id = $1`, [
            c.attemptId,
            offsetSeconds,
          ]);
          return c.saveWithSeq(slot.slot, answer, seq);
        };
        const statuses = [await at(-1, 1), await at(1, 2), await at(GRACE_SECONDS - 0.5, 3), await at(GRACE_SECONDS + 1, 4)];
        await untilAcknowledged(
          async () =>
            (await benchQuery<{ status: string }>(scene.world.databaseUrl!, 'SELECT status FROM attempt WHERE id = $1', [c.attemptId]))[0]
              .status === 'graded',
          10,
        );
        await submitAll(scene.candidates.slice(1));
        return isDeepStrictEqual(statuses, [200, 200, 200, 409])
          ? []
          : [`statuses ${JSON.stringify(statuses)}, expected [200,200,200,409]`];
      }),
  },
  {
    name: 'the disk under the embedded engine fills up during autosave, then space returns',
    short: true,
    run: diskFullScenario,
  },
];

function clusterOf(): { version: string; name: string } | null {
  try {
    const line = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' }).trim().split('\n')[0];
    const [version, name] = line?.split(/\s+/) ?? [];
    return version && name ? { version, name } : null;
  } catch {
    return null;
  }
}
