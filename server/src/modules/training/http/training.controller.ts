import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '../../identity/domain/principal';
import { CurrentPrincipal, RequireRoles } from '../../identity/http/access.decorators';
import { AttendanceService } from '../application/attendance.service';
import { TrainingsService } from '../application/trainings.service';
import {
  AttendanceCorrectionDto,
  AttendanceDto,
  AttendanceItemDto,
  CheckInCodeDto,
  CheckInDto,
  CheckInInputDto,
  LeaveDecisionDto,
  LeaveInputDto,
  MyTrainingDto,
  TrainingCalendarDto,
  TrainingDto,
  TrainingInputDto,
  TrainingListQueryDto,
  TrainingMonthQueryDto,
} from './dto/training.dto';

@ApiTags('training')
@ApiBearerAuth()
@Controller()
export class TrainingController {
  constructor(
    private readonly trainings: TrainingsService,
    private readonly attendance: AttendanceService,
  ) {}

  @Post('trainings')
  @RequireRoles('trainer', 'admin')
  @ApiCreatedResponse({ type: TrainingDto, description: 'A session of the month; its assignees must be inside the caller’s scope' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: TrainingInputDto): Promise<TrainingDto> {
    return this.trainings.create(principal, body);
  }

  @Get('trainings')
  @RequireRoles('trainer', 'manager', 'admin')
  @ApiOkResponse({ type: [TrainingDto], description: 'The sessions of a unit’s month' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: TrainingListQueryDto): Promise<TrainingDto[]> {
    return this.trainings.list(principal, query.unitId, query.month ? `${query.month}-01` : undefined);
  }

  @Get('me/trainings')
  @ApiOkResponse({ type: [MyTrainingDto], description: 'The sessions the caller is asked to attend, with their status' })
  mine(@CurrentPrincipal() principal: Principal): Promise<MyTrainingDto[]> {
    return this.trainings.mine(principal);
  }

  @Get('trainings/:id')
  @ApiOkResponse({ type: TrainingDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<TrainingDto> {
    return this.trainings.get(principal, id);
  }

  @Patch('trainings/:id')
  @RequireRoles('trainer', 'admin')
  @ApiOkResponse({ type: TrainingDto, description: 'Replaces the session’s details and assignees' })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TrainingInputDto,
  ): Promise<TrainingDto> {
    return this.trainings.update(principal, id, body);
  }

  @Delete('trainings/:id')
  @RequireRoles('trainer', 'admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session, its check-ins and leave requests' })
  async remove(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.trainings.remove(principal, id);
  }

  @Get('trainings/:id/check-in-code')
  @RequireRoles('trainer', 'admin')
  @ApiOkResponse({ type: CheckInCodeDto, description: 'The code of this 10-second window and the QR text; ask again when it expires' })
  code(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<CheckInCodeDto> {
    return this.attendance.code(principal, id);
  }

  @Post('trainings/:id/check-ins')
  @ApiCreatedResponse({ type: CheckInDto, description: 'The first check-in (201); a repeat answers the same record (200)' })
  @ApiOkResponse({ type: CheckInDto })
  async checkIn(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CheckInInputDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CheckInDto> {
    const { result, created } = await this.attendance.checkIn(principal, id, body.code, body.deviceId);
    response.status(created ? 201 : 200);
    return result;
  }

  @Get('trainings/:id/attendance')
  @RequireRoles('trainer', 'manager', 'admin')
  @ApiOkResponse({ type: AttendanceDto, description: 'Everyone asked to attend (within the caller’s scope) with their status' })
  attendanceOf(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<AttendanceDto> {
    return this.attendance.attendance(principal, id);
  }

  @Put('trainings/:id/attendance/:userId')
  @RequireRoles('trainer', 'admin')
  @ApiOkResponse({ type: AttendanceItemDto, description: 'A correction by hand, with its reason; audited' })
  correct(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() body: AttendanceCorrectionDto,
  ): Promise<AttendanceItemDto> {
    return this.attendance.correct(principal, id, userId, body.status, body.reason);
  }

  @Put('trainings/:id/leave')
  @ApiOkResponse({ type: AttendanceItemDto, description: 'The caller asks for leave (or re-words a pending request)' })
  requestLeave(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: LeaveInputDto,
  ): Promise<AttendanceItemDto> {
    return this.attendance.requestLeave(principal, id, body.reason);
  }

  @Put('trainings/:id/leave-requests/:userId')
  @RequireRoles('manager', 'admin')
  @ApiOkResponse({ type: AttendanceItemDto, description: 'The person’s manager approves (excused) or rejects; audited' })
  decideLeave(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() body: LeaveDecisionDto,
  ): Promise<AttendanceItemDto> {
    return this.attendance.decideLeave(principal, id, userId, body.status);
  }

  @Get('units/:unitId/training-calendar')
  @RequireRoles('trainer', 'manager', 'admin')
  @ApiOkResponse({ type: TrainingCalendarDto, description: 'Trainings and exam sittings of a unit’s month, with the plan’s cadence' })
  calendar(
    @CurrentPrincipal() principal: Principal,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Query() query: TrainingMonthQueryDto,
  ): Promise<TrainingCalendarDto> {
    return this.trainings.calendar(principal, unitId, query.month);
  }
}
