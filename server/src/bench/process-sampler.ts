import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ResourceUsage {
  avgCpuPercent: number;
  maxCpuPercent: number;
  maxRssMb: number;
}

const TICKS = 100; // USER_HZ on Linux

function cpuTicksAndRss(pids: number[]): { ticks: Map<number, number>; rssKb: number } {
  const ticks = new Map<number, number>();
  let rssKb = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks.set(pid, Number(fields[11]) + Number(fields[12]));
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      rssKb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      /* the process ended between listing and reading */
    }
  }
  return { ticks, rssKb };
}

/** Samples CPU and memory of a group of processes (the API server; PostgreSQL's backends) once a second. */
export class ProcessSampler {
  private readonly cpu: number[] = [];
  private maxRssKb = 0;
  private timer: NodeJS.Timeout | undefined;
  private last: { ticks: Map<number, number>; at: number } | undefined;

  constructor(private readonly pids: () => number[]) {}

  start(): void {
    this.timer = setInterval(() => {
      const { ticks, rssKb } = cpuTicksAndRss(this.pids());
      const at = Date.now();
      if (this.last) {
        // only processes alive at both samples: PostgreSQL backends come and go
        let delta = 0;
        for (const [pid, now] of ticks) delta += Math.max(0, now - (this.last.ticks.get(pid) ?? now));
        this.cpu.push((delta / TICKS / ((at - this.last.at) / 1000)) * 100);
      }
      this.last = { ticks, at };
      this.maxRssKb = Math.max(this.maxRssKb, rssKb);
    }, 1000);
  }

  stop(): ResourceUsage {
    clearInterval(this.timer);
    const avg = this.cpu.length ? this.cpu.reduce((a, b) => a + b, 0) / this.cpu.length : 0;
    return {
      avgCpuPercent: Math.round(avg),
      maxCpuPercent: Math.round(Math.max(0, ...this.cpu)),
      maxRssMb: Math.round(this.maxRssKb / 1024),
    };
  }
}

export function postgresPids(): number[] {
  try {
    return execFileSync('pgrep', ['-f', 'postgres'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
