import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { createReadStream } from 'node:fs';
import type { Response } from 'express';
import { CurrentPrincipal, RequireRoles } from '../../modules/identity/http/access.decorators';
import { AuditLog } from '../audit/audit-log';
import { BackupErrors } from './backup-errors';
import { BACKUP_FILE_PATTERN } from './backup-schedule';
import { BackupService } from './backup.service';

class BackupInfoDto {
  @ApiProperty({ example: 'kaoping-20261207-030000.kpbak' }) name: string;
  @ApiProperty({ description: 'Size of the file in bytes' }) bytes: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ description: 'The Kaoping version that made it' }) appVersion: string;
  @ApiProperty({ type: String, nullable: true, description: 'The newest schema migration it holds' }) schema: string | null;
}

class BackupFailureDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() message: string;
}

class BackupStatusDto {
  @ApiProperty({ type: [BackupInfoDto], description: 'Newest first' }) backups: BackupInfoDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'The next daily backup; null when off (PostgreSQL or BACKUP_TIME=off)',
  })
  nextRunAt: string | null;
  @ApiPropertyOptional({ type: BackupFailureDto, nullable: true }) lastFailure: BackupFailureDto | null;
  @ApiProperty({ description: 'How many daily backups are kept (BACKUP_KEEP)' }) keep: number;
}

class BackupNameParams {
  @ApiProperty({ example: 'kaoping-20261207-030000.kpbak' })
  @Matches(BACKUP_FILE_PATTERN)
  name: string;
}

/** The administrator's view of the backups in DATA_DIR/backups: list, make one now, download. */
@ApiTags('backups')
@ApiBearerAuth()
@RequireRoles('admin')
@Controller('admin/backups')
export class BackupController {
  constructor(
    private readonly backups: BackupService,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @ApiOkResponse({ type: BackupStatusDto })
  status(): BackupStatusDto {
    return this.backups.status();
  }

  /** Takes a moment on the embedded engine (its data folder is copied while requests wait). */
  @Post()
  @ApiCreatedResponse({ type: BackupInfoDto })
  async create(@CurrentPrincipal() principal: { userId: string }): Promise<BackupInfoDto> {
    const info = await this.backups.backupNow();
    await this.audit.record({
      actorId: principal.userId,
      action: 'backup.created',
      targetType: 'backup',
      targetId: info.name,
      details: { bytes: info.bytes },
    });
    return info;
  }

  /** The file holds every account's password hash and every answer: each download is audited. */
  @Get(':name')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The backup file' })
  @ApiNotFoundResponse({ description: 'No backup of that name' })
  async download(
    @Param() params: BackupNameParams,
    @CurrentPrincipal() principal: { userId: string },
    @Res() response: Response,
  ): Promise<void> {
    const file = this.backups.fileOf(params.name);
    if (!file) throw BackupErrors['backups.notFound']({ name: params.name });
    await this.audit.record({ actorId: principal.userId, action: 'backup.downloaded', targetType: 'backup', targetId: params.name });
    response.setHeader('Content-Type', 'application/octet-stream');
    response.setHeader('Content-Disposition', `attachment; filename="${params.name}"`);
    createReadStream(file).pipe(response);
  }
}
