import { DynamicModule, Module } from '@nestjs/common';
import type { DatabaseConnection } from '../../app.module';
import { AuditModule } from '../audit/audit.module';
import { BackupController } from './backup.controller';
import { BackupService, DATABASE_CONNECTION } from './backup.service';
import { DataFolderHealth } from './data-folder-health';

@Module({})
export class BackupModule {
  static forRoot(database: DatabaseConnection): DynamicModule {
    return {
      module: BackupModule,
      imports: [AuditModule],
      providers: [{ provide: DATABASE_CONNECTION, useValue: database }, BackupService, DataFolderHealth],
      controllers: [BackupController],
    };
  }
}
