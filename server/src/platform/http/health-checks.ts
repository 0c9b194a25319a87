import { Injectable, Logger } from '@nestjs/common';

/** Something that works but needs attention, as `/api/health` reports it. */
export interface HealthProblem {
  check: string;
  /** How many things are affected (attempts, rows …). */
  count: number;
  message: string;
}

type Check = () => Promise<HealthProblem | null>;

/**
 * What can go wrong while the database still answers. Modules register their checks here (the
 * platform never calls a module by name); `/api/health` runs them and answers `degraded` with the
 * problems they report.
 */
@Injectable()
export class HealthChecks {
  private readonly logger = new Logger('health');
  private readonly checks = new Map<string, Check>();

  register(name: string, check: Check): void {
    this.checks.set(name, check);
  }

  async problems(): Promise<HealthProblem[]> {
    const problems: HealthProblem[] = [];
    // one after another: the embedded engine has one connection
    for (const [name, check] of this.checks) {
      const problem = await check().catch((error: unknown) => {
        // the route is public: the error itself goes to the log only
        this.logger.error({ msg: 'health check failed', check: name, err: error instanceof Error ? error.message : String(error) });
        return { check: name, count: 0, message: '检查失败（错误见日志）' };
      });
      if (problem) problems.push(problem);
    }
    return problems;
  }
}
