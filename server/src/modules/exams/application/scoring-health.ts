import { Injectable, OnModuleInit } from '@nestjs/common';
import { HealthChecks } from '../../../platform/http/health-checks';
import { AttemptRepository } from '../persistence/attempt.repository';

/** `/api/health` is degraded while any submitted attempt has failed to score and still waits for it. */
@Injectable()
export class ScoringHealth implements OnModuleInit {
  constructor(
    private readonly checks: HealthChecks,
    private readonly attempts: AttemptRepository,
  ) {}

  onModuleInit(): void {
    this.checks.register('attempt-scoring', async () => {
      const count = await this.attempts.failingToScore();
      // the errors themselves stay in the log: this route is public
      return count ? { check: 'attempt-scoring', count, message: `${count} 份已交答卷评分失败，正在按退避间隔重试（错误见日志）` } : null;
    });
  }
}
