import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../modules/identity/http/access.decorators';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { HealthChecks } from './health-checks';
import { execute } from '../database/query';

class HealthProblemDto {
  @ApiProperty({ description: 'Which check reports it, e.g. attempt-scoring' }) check: string;
  @ApiProperty({ description: 'How many things are affected' }) count: number;
  @ApiProperty() message: string;
}

class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'error'], description: 'degraded: serving, with problems that need attention' }) status:
    'ok' | 'degraded' | 'error';
  @ApiProperty({ enum: ['up', 'down'] }) database: 'up' | 'down';
  @ApiProperty({ enum: ['embedded', 'postgres'] }) engine: 'embedded' | 'postgres';
  @ApiProperty({ type: [HealthProblemDto] }) problems: HealthProblemDto[];
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly checks: HealthChecks,
  ) {}

  /** 200 while the database answers, degraded or not (an instance that serves should stay in the pool); 503 when it does not. */
  @Get()
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'The database does not answer' })
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const engine = this.config.databaseUrl ? 'postgres' : 'embedded';
    try {
      await execute(this.dataSource, 'SELECT 1');
    } catch {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'error', database: 'down', engine, problems: [] };
    }
    const problems = await this.checks.problems();
    return { status: problems.length ? 'degraded' : 'ok', database: 'up', engine, problems };
  }
}
