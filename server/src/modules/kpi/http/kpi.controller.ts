import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query, Res, UploadedFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiProduces,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { MAX_UPLOAD_BYTES } from '../../../platform/files/upload-limits';
import { sendFile, XLSX_TYPE } from '../../../platform/http/send-file';
import { FileUpload } from '../../../platform/files/file-upload';
import { MonthHistoryQueryDto, MonthPageQueryDto } from '../../../platform/http/month-query.dto';
import type { Principal } from '../../identity/domain/principal';
import { CurrentPrincipal, RequireRoles } from '../../identity/http/access.decorators';
import { KpiBrandListService } from '../application/kpi-brand-list.service';
import { KpiImportService } from '../application/kpi-import.service';
import { KpiReportService } from '../application/kpi-report.service';
import { KpiTargetsService } from '../application/kpi-targets.service';
import {
  BrandListDto,
  BrandListImportDto,
  BrandListImportQueryDto,
  BrandListQueryDto,
  KpiDefinitionDto,
  ReplaceBrandListDto,
  KpiImportQueryDto,
  KpiImportReportDto,
  KpiTemplateQueryDto,
  PersonKpisDto,
  UnitKpisDto,
  UpdateKpiTargetsDto,
} from './dto/kpi.dto';
import { KpiErrors } from '../domain/kpi-errors';

@ApiTags('kpi')
@ApiBearerAuth()
@Controller('kpi')
export class KpiController {
  constructor(
    private readonly targets: KpiTargetsService,
    private readonly imports: KpiImportService,
    private readonly reports: KpiReportService,
    private readonly brandLists: KpiBrandListService,
  ) {}

  @Get('brand-lists')
  @ApiOkResponse({
    type: BrandListDto,
    description: "The department's national key brands and new brands for a year; everyone signed in reads it",
  })
  brandList(@Query() query: BrandListQueryDto): Promise<BrandListDto> {
    return this.brandLists.list(query.year);
  }

  @Put('brand-lists')
  @RequireRoles('manager', 'admin')
  @ApiOkResponse({
    type: BrandListDto,
    description: 'Replaces a year’s list as a whole: department leadership (a manager of the top unit) or an admin; audited',
  })
  replaceBrandList(@CurrentPrincipal() principal: Principal, @Body() body: ReplaceBrandListDto): Promise<BrandListDto> {
    return this.brandLists.replace(principal, body.year, body.brands);
  }

  @Post('brand-lists/import')
  @RequireRoles('manager', 'admin')
  @FileUpload(MAX_UPLOAD_BYTES)
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: BrandListImportDto, description: 'Replaces the year’s list with the file’s (columns 品牌, 类别); audited' })
  @ApiUnprocessableEntityResponse({ description: 'Row errors (row, field, message); nothing written' })
  importBrandList(
    @CurrentPrincipal() principal: Principal,
    @Query() query: BrandListImportQueryDto,
    @UploadedFile() file?: Express.Multer.File,
  ): Promise<BrandListImportDto> {
    if (!file) throw KpiErrors['kpi.import.fileMissing']();
    return this.brandLists.importList(principal, query.year, file.buffer, file.originalname, query.dryRun === 'true');
  }

  @Get('brand-lists/template')
  @RequireRoles('manager', 'admin')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'XLSX template for a brand-list import (品牌, 类别)' })
  async brandListTemplate(@Res() response: Response): Promise<void> {
    sendFile(response, await this.brandLists.template(), '品牌名单模板.xlsx', XLSX_TYPE);
  }

  @Get('definitions')
  @ApiOkResponse({ type: [KpiDefinitionDto], description: 'Every field KPI with its formula parts and current target' })
  definitions(): Promise<KpiDefinitionDto[]> {
    return this.targets.definitions();
  }

  @Put('targets')
  @RequireRoles('manager', 'admin')
  @ApiOkResponse({ type: [KpiDefinitionDto], description: 'Department leadership (a manager of the top unit) or an admin; audited' })
  updateTargets(@CurrentPrincipal() principal: Principal, @Body() body: UpdateKpiTargetsDto): Promise<KpiDefinitionDto[]> {
    return this.targets.update(principal, body.targets);
  }

  @Get('template')
  @RequireRoles('manager', 'admin')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'XLSX template for a KPI import, with an instructions sheet' })
  async template(@Query() query: KpiTemplateQueryDto, @Res() response: Response): Promise<void> {
    const file = await this.imports.template(query.kind);
    sendFile(response, file.buffer, file.fileName, XLSX_TYPE);
  }

  @Post('imports')
  @RequireRoles('manager', 'admin')
  @FileUpload(MAX_UPLOAD_BYTES)
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: KpiImportReportDto })
  @ApiUnprocessableEntityResponse({ description: 'Row errors (row, field, message); nothing written' })
  importFigures(
    @CurrentPrincipal() principal: Principal,
    @Query() query: KpiImportQueryDto,
    @UploadedFile() file?: Express.Multer.File,
  ): Promise<KpiImportReportDto> {
    if (!file) throw KpiErrors['kpi.import.fileMissing']();
    return this.imports.import(principal, query.kind, file.buffer, file.originalname, query.dryRun === 'true');
  }

  @Get('people/:userId')
  @ApiOkResponse({ type: PersonKpisDto, description: "A customer manager's KPIs month by month: their own, or one in the caller's scope" })
  person(
    @CurrentPrincipal() principal: Principal,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Query() query: MonthHistoryQueryDto,
  ): Promise<PersonKpisDto> {
    return this.reports.person(principal, userId, query.months, query.month);
  }

  @Get('units/:unitId')
  @RequireRoles('trainer', 'manager', 'admin')
  @ApiOkResponse({ type: UnitKpisDto, description: 'A unit subtree for one month: pooled KPIs and a page of its people' })
  unit(
    @CurrentPrincipal() principal: Principal,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Query() query: MonthPageQueryDto,
  ): Promise<UnitKpisDto> {
    return this.reports.unit(principal, unitId, query.month, query.page, query.pageSize);
  }

  @Get('units/:unitId/export')
  @RequireRoles('trainer', 'manager', 'admin')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'XLSX: every person of the subtree with every KPI of the month' })
  async exportUnit(
    @CurrentPrincipal() principal: Principal,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Query() query: MonthPageQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.reports.exportUnit(principal, unitId, query.month);
    sendFile(response, file.buffer, file.fileName, XLSX_TYPE);
  }
}
