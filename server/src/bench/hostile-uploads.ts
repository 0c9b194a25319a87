import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../demo/demo-organisation';
import { MAX_IMPORT_BYTES } from '../modules/question-bank/formats/question-formats';
import { MAX_UPLOAD_BYTES } from '../platform/files/upload-limits';
import { lyingXlsx, zipFile } from './hostile-files';
import { replaceBenchmarkSection } from './report';

/**
 * `npm run bench:hostile`: the real server on the embedded engine, sent hostile uploads on every
 * upload route — an archive whose headers lie, one that declares its bomb honestly, an XML entity
 * bomb behind a DOCTYPE, a YAML alias bomb, a GIFT question the size of the file — 20 MB each (and,
 * where a route or format takes less, one just under its limit, which reaches the parser). Each must be refused with a 4xx in under 2 s and grow
 * the server's resident memory by under 64 MB; the results replace their section of docs/benchmarks.md.
 */

const MB = 1024 * 1024;
const GOAL_MS = 2000;
const GOAL_RSS_MB = 64;

interface Upload {
  route: string;
  kind: string;
  file: Buffer;
  fileName: string;
  url: string;
  token: string;
}

interface Outcome {
  route: string;
  kind: string;
  sizeMb: number;
  status: number | string;
  message: string;
  ms: number;
  /** The server's own CPU for the request: what the refusal costs, whatever else the machine is doing. */
  serverCpuMs: number;
  rssGrowthMb: number;
}

const log = (line: string) => process.stdout.write(`${line}\n`);

/** CPU the process has used, in ms (utime + stime, at 100 ticks a second). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssKb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}

/** About `bytes` of Moodle XML: a billion-laughs DOCTYPE, then questions as padding. */
function entityBombXml(bytes: number): Buffer {
  const entities = [
    '<!ENTITY a "lollollollollollollollollollol">',
    ...Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`),
  ];
  const question =
    '<question type="truefalse"><questiontext><text>&j;</text></questiontext><answer fraction="100"><text>true</text></answer></question>\n';
  const head = `<?xml version="1.0"?>\n<?pi <![CDATA[ ?>\n<!DOCTYPE quiz [\n${entities.join('\n')}\n]>\n<?pi ]]> ?>\n<quiz>\n`;
  return Buffer.from(head + question.repeat(Math.floor(bytes / question.length)) + '</quiz>\n');
}

/** About `bytes` of YAML: nine levels of ten aliases each (10⁹ nodes once expanded), then padding. */
function aliasBombYaml(bytes: number): Buffer {
  const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 9; i++)
    levels.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(', ')}]`,
    );
  const head = `${levels.join('\n')}\nformatVersion: 1\npadding: |\n`;
  const line = `  ${'x'.repeat(98)}\n`;
  return Buffer.from(head + line.repeat(Math.floor(bytes / line.length)));
}

/** One GIFT question whose stem fills the file. */
function giantGift(bytes: number): Buffer {
  return Buffer.from(`::giant:: ${'长'.repeat(Math.floor((bytes - 40) / 3))} {T}\n`);
}

/** An archive of 20 entries that honestly declares 200 MB each: refused from its directory alone. */
function declaredBombXlsx(bytes: number): Buffer {
  const filler = Buffer.alloc(Math.floor(bytes / 20));
  return zipFile(
    Array.from({ length: 20 }, (_, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: Buffer.alloc(0),
      deflated: filler,
      declaredSize: 200 * MB,
    })),
  );
}

async function send(upload: Upload): Promise<{ status: number | string; message: string }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(upload.file)]), upload.fileName);
  try {
    const res = await fetch(upload.url, { method: 'POST', body: form, headers: { Authorization: `Bearer ${upload.token}` } });
    const body = (await res.json().catch(() => ({}))) as { message?: string | string[]; details?: { errors?: Array<{ message: string }> } };
    return { status: res.status, message: body.details?.errors?.[0]?.message ?? [body.message ?? ''].flat().join('; ') };
  } catch (error) {
    return { status: 'connection closed', message: error instanceof Error ? error.message : String(error) };
  }
}

async function measure(pid: number, upload: Upload): Promise<Outcome> {
  await new Promise((r) => setTimeout(r, 500));
  const before = rssKb(pid);
  const cpuBefore = cpuMs(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssKb(pid))), 5);
  const started = performance.now();
  const { status, message } = await send(upload);
  const ms = Math.round(performance.now() - started);
  await new Promise((r) => setTimeout(r, 50));
  clearInterval(sampler);
  peak = Math.max(peak, rssKb(pid));
  const serverCpuMs = cpuMs(pid) - cpuBefore;
  return {
    route: upload.route,
    kind: upload.kind,
    sizeMb: Math.round((upload.file.length / MB) * 10) / 10,
    status,
    message: message.slice(0, 80),
    ms,
    serverCpuMs,
    rssGrowthMb: Math.round(((peak - before) / 1024) * 10) / 10,
  };
}

async function login(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

function passed(o: Outcome): boolean {
  return typeof o.status === 'number' && o.status >= 400 && o.status < 500 && o.ms < GOAL_MS && o.rssGrowthMb < GOAL_RSS_MB;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kaoping-hostile-'));
  const port = 3990 + Math.floor(Math.random() * 9);
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [join(__dirname, '..', 'main.js')], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      JWT_SECRET: 'bench-secret-not-for-production',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    let up = false;
    // migrations and the demo seed come first: a minute or more on a busy machine
    for (let i = 0; i < 1200 && !up; i++) {
      await new Promise((r) => setTimeout(r, 250));
      up = await fetch(`${baseUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
    }
    if (!up) throw new Error('the server did not come up');
    const [admin, trainer, manager] = await Promise.all(['admin', 'trainer', 'manager'].map((u) => login(baseUrl, u)));
    const bank = (await (
      await fetch(`${baseUrl}/api/question-banks`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${trainer}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: '压测：恶意上传' }),
      })
    ).json()) as { id: string };
    const routes = [
      { route: 'questions', url: `${baseUrl}/api/question-banks/${bank.id}/imports`, token: trainer, limit: 20 * MB },
      { route: 'users', url: `${baseUrl}/api/users/imports`, token: admin, limit: MAX_UPLOAD_BYTES },
      { route: 'KPIs', url: `${baseUrl}/api/kpi/imports?kind=sales`, token: manager, limit: MAX_UPLOAD_BYTES },
    ];
    const uploads: Upload[] = [];
    for (const r of routes) {
      const sizes = r.limit < 20 * MB ? [20 * MB, r.limit - 64 * 1024] : [20 * MB - 64 * 1024];
      for (const size of sizes) {
        uploads.push({ ...r, kind: 'XLSX whose headers lie (10 kB declared)', file: lyingXlsx(size), fileName: 'bomb.xlsx' });
        uploads.push({ ...r, kind: 'XLSX declaring 4 GB', file: declaredBombXlsx(size), fileName: 'declared.xlsx' });
      }
    }
    const questions = routes[0];
    uploads.push({ ...questions, kind: 'Moodle XML entity bomb', file: entityBombXml(20 * MB - 64 * 1024), fileName: 'bomb.xml' });
    for (const size of [20 * MB - 64 * 1024, MAX_IMPORT_BYTES.yaml - 1024]) {
      uploads.push({ ...questions, kind: 'YAML alias bomb', file: aliasBombYaml(size), fileName: 'bomb.yaml' });
      uploads.push({ ...questions, kind: 'GIFT question with a stem as long as the file', file: giantGift(size), fileName: 'giant.gift' });
    }
    const outcomes: Outcome[] = [];
    for (const upload of uploads) {
      const outcome = await measure(server.pid!, upload);
      log(JSON.stringify(outcome));
      outcomes.push(outcome);
    }
    const load = loadavg()[0];
    const shared =
      load > cpus().length
        ? `\nThe machine was shared (load average ${load.toFixed(1)} on ${cpus().length} cores): wall-clock times include waiting for a core, so\nserver CPU ms is the better measure of what each refusal itself costs.\n`
        : '';
    const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
    replaceBenchmarkSection(`## Hostile uploads

Run ${new Date().toISOString()} on ${machine}, embedded engine.
Command: \`npm run bench:hostile\` — each upload sent alone to the real server on loopback; ms is the
client's wall clock to the answer, server CPU ms what the server process spent meanwhile (10 ms
resolution), RSS its resident memory sampled every 5 ms, growth measured from just before the upload.
Goal for each: refused with a 4xx in under ${GOAL_MS / 1000} s, growing the server's RSS by under ${GOAL_RSS_MB} MB.
${shared}
| route | upload | MB | status | ms | server CPU ms | RSS growth MB | message | |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${outcomes.map((o) => `| ${o.route} | ${o.kind} | ${o.sizeMb} | ${o.status} | ${o.ms} | ${o.serverCpuMs} | ${o.rssGrowthMb} | ${o.message.replace(/\|/g, '/')} | ${passed(o) ? '✅' : '❌'} |`).join('\n')}
`);
    if (!outcomes.every(passed)) process.exitCode = 1;
  } finally {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
