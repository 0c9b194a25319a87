import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { MonthHistoryQueryDto, MonthPageQueryDto } from '../../../platform/http/month-query.dto';
import { sendFile, XLSX_TYPE } from '../../../platform/http/send-file';
import type { Principal } from '../../identity/domain/principal';
import { CurrentPrincipal, RequireRoles } from '../../identity/http/access.decorators';
import { CompetencyRecordService } from '../application/competency-record.service';
import { CompetencyTargetsService } from '../application/competency-targets.service';
import { CompetencyTargetDto, PersonCompetencyDto, UnitCompetencyDto, UpdateCompetencyTargetsDto } from './dto/competency.dto';

@ApiTags('competency')
@ApiBearerAuth()
@Controller('competency')
export class CompetencyController {
  constructor(
    private readonly records: CompetencyRecordService,
    private readonly targets: CompetencyTargetsService,
  ) {}

  @Get('targets')
  @ApiOkResponse({ type: [CompetencyTargetDto], description: 'The expected level per dimension' })
  listTargets(): Promise<CompetencyTargetDto[]> {
    return this.targets.list();
  }

  @Put('targets')
  @RequireRoles('manager', 'admin')
  @ApiOkResponse({ type: [CompetencyTargetDto], description: 'Department leadership (a manager of the top unit) or an admin; audited' })
  updateTargets(@CurrentPrincipal() principal: Principal, @Body() body: UpdateCompetencyTargetsDto): Promise<CompetencyTargetDto[]> {
    return this.targets.update(principal, body.targets);
  }

  @Get('people/:userId')
  @ApiOkResponse({ type: PersonCompetencyDto, description: "A person's competency record: their own, or one in the caller's scope" })
  person(
    @CurrentPrincipal() principal: Principal,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Query() query: MonthHistoryQueryDto,
  ): Promise<PersonCompetencyDto> {
    return this.records.person(principal, userId, query.months, query.month);
  }

  @Get('units/:unitId')
  @RequireRoles('trainer', 'manager', 'admin')
  @ApiOkResponse({ type: UnitCompetencyDto, description: 'Levels of a unit subtree per dimension, and a page of its people' })
  unit(
    @CurrentPrincipal() principal: Principal,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Query() query: MonthPageQueryDto,
  ): Promise<UnitCompetencyDto> {
    return this.records.unit(principal, unitId, query.month, query.page, query.pageSize);
  }

  @Get('units/:unitId/export')
  @RequireRoles('trainer', 'manager', 'admin')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'XLSX: every person of the subtree with their level per dimension' })
  async exportUnit(
    @CurrentPrincipal() principal: Principal,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Query() query: MonthPageQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.records.exportUnit(principal, unitId, query.month);
    sendFile(response, file.buffer, file.fileName, XLSX_TYPE);
  }
}
