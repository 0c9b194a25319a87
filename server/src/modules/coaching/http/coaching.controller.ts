import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../identity/domain/principal';
import { CurrentPrincipal, RequireRoles } from '../../identity/http/access.decorators';
import { CoachingService } from '../application/coaching.service';
import {
  CoachingActionDto,
  CoachingActionsQueryDto,
  CoachingMatrixDto,
  CoachingMatrixQueryDto,
  CreateCoachingActionDto,
  MyCoachingActionDto,
  SubjectKpiDto,
  SubjectKpiQueryDto,
} from './dto/coaching.dto';

@ApiTags('coaching')
@ApiBearerAuth()
@Controller('coaching')
export class CoachingController {
  constructor(private readonly coaching: CoachingService) {}

  @Get('units/:unitId/matrix')
  @RequireRoles('manager', 'admin')
  @ApiOkResponse({
    type: CoachingMatrixDto,
    description: "A unit's coaching matrix (帮扶): weakest subjects, KPIs of concern, a suggested action",
  })
  matrix(
    @CurrentPrincipal() principal: Principal,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Query() query: CoachingMatrixQueryDto,
  ): Promise<CoachingMatrixDto> {
    return this.coaching.matrix(principal, unitId, query.month);
  }

  @Get('units/:unitId/subject-kpi')
  @RequireRoles('manager', 'admin')
  @ApiOkResponse({
    type: SubjectKpiDto,
    description: "A subject's level against a KPI across the unit's people: n, Pearson's r, or why not",
  })
  subjectKpi(
    @CurrentPrincipal() principal: Principal,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Query() query: SubjectKpiQueryDto,
  ): Promise<SubjectKpiDto> {
    return this.coaching.subjectKpi(principal, unitId, query);
  }

  @Get('units/:unitId/actions')
  @RequireRoles('manager', 'admin')
  @ApiOkResponse({ type: [CoachingActionDto], description: 'Coaching actions of the subtree, open first, with before and now' })
  actions(
    @CurrentPrincipal() principal: Principal,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Query() query: CoachingActionsQueryDto,
  ): Promise<CoachingActionDto[]> {
    return this.coaching.list(principal, unitId, query.status);
  }

  @Post('actions')
  @RequireRoles('manager', 'admin')
  @ApiOkResponse({ type: CoachingActionDto, description: 'Assigns targeted practice or a training to a customer manager in scope' })
  assign(@CurrentPrincipal() principal: Principal, @Body() body: CreateCoachingActionDto): Promise<CoachingActionDto> {
    return this.coaching.assign(principal, body);
  }

  @Put('actions/:actionId/close')
  @RequireRoles('manager', 'admin')
  @ApiOkResponse({ type: CoachingActionDto, description: 'Closes a coaching action (again: no change)' })
  close(@CurrentPrincipal() principal: Principal, @Param('actionId', ParseUUIDPipe) actionId: string): Promise<CoachingActionDto> {
    return this.coaching.close(principal, actionId);
  }

  @Get('mine')
  @RequireRoles('staff')
  @ApiOkResponse({ type: [MyCoachingActionDto], description: "The caller's open coaching actions, soonest due first" })
  mine(@CurrentPrincipal() principal: Principal): Promise<MyCoachingActionDto[]> {
    return this.coaching.mine(principal);
  }
}
