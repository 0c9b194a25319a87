import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { existsSync } from 'node:fs';
import type { AppConfig } from './platform/config/app-config';
import { ConfigModule } from './platform/config/config.module';
import { dataSourceOptions } from './platform/database/data-source-options';
import { HealthModule } from './platform/http/health.module';
import { IdentityModule } from './modules/identity/identity.module';
import { QuestionBankModule } from './modules/question-bank/question-bank.module';
import { ExamsModule } from './modules/exams/exams.module';
import { CompetencyModule } from './modules/competency/competency.module';
import { CoachingModule } from './modules/coaching/coaching.module';
import { KpiModule } from './modules/kpi/kpi.module';
import { TrainingModule } from './modules/training/training.module';
import { ContestsModule } from './modules/contests/contests.module';
import { ReportsModule } from './modules/reports/reports.module';
import { LiveBusModule } from './platform/live/live-bus.module';
import { BackupModule } from './platform/backup/backup.module';

export interface DatabaseConnection {
  url: string;
  poolMax: number;
  /** The embedded engine's data folder as a tarball; absent on PostgreSQL. */
  snapshot?: () => Promise<Blob>;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseConnection): DynamicModule {
    const serveClient = existsSync(config.clientDist)
      ? [
          ServeStaticModule.forRoot({
            rootPath: config.clientDist,
            exclude: ['/api/{*path}'],
            serveStaticOptions: { index: 'index.html', maxAge: '1h' },
          }),
        ]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(database.url, database.poolMax), retryAttempts: 3 }),
        LiveBusModule,
        HealthModule,
        BackupModule.forRoot(database),
        IdentityModule,
        QuestionBankModule,
        ExamsModule,
        CompetencyModule,
        CoachingModule,
        KpiModule,
        TrainingModule,
        ContestsModule,
        ReportsModule,
        ...serveClient,
      ],
    };
  }
}
