import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ROLES } from '../../../identity/domain/role';
import { ATTENDANCE_STATUSES, CORRECTED_STATUSES, TRAINING_FORMS } from '../../domain/training-form';
import type { AttendanceStatus, CorrectedStatus, TrainingForm } from '../../domain/training-form';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = 'month 须为 YYYY-MM 格式的月份，例如 2026-11';

export class TrainingAssigneeDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Everyone in this unit's subtree (or, with role, those holding it there)" })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ enum: ROLES, description: "Alone: the role's holders in the owner unit's subtree" })
  @IsOptional()
  @IsIn(ROLES)
  role?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

export class TrainingInputDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @MinLength(1) @MaxLength(200) title: string;
  @ApiProperty({ enum: TRAINING_FORMS }) @IsIn(TRAINING_FORMS) form: TrainingForm;
  @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) topic?: string;

  @ApiPropertyOptional({ type: [String], description: 'Competency dimensions the session covers' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  subjects?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Who runs it; the creator when absent' })
  @IsOptional()
  @IsUUID()
  trainerId?: string;

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) place?: string;
  @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) onlineLink?: string;
  @ApiProperty() @Type(() => Date) @IsDate() startsAt: Date;
  @ApiProperty() @Type(() => Date) @IsDate() endsAt: Date;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() required?: boolean;

  @ApiPropertyOptional({ default: 15, description: 'Check-in opens this many minutes before the start' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240)
  opensEarlyMinutes?: number;

  @ApiPropertyOptional({ default: 10, description: 'A check-in after start + this many minutes is late' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240)
  lateAfterMinutes?: number;

  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() signOut?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'The exam sitting that follows the training' })
  @IsOptional()
  @IsUUID()
  sittingId?: string;

  @ApiProperty({ type: [TrainingAssigneeDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => TrainingAssigneeDto)
  assignees: TrainingAssigneeDto[];
}

export class TrainingListQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "The caller's own unit when absent" }) @IsOptional() @IsUUID() unitId?: string;

  @ApiPropertyOptional({ example: '2026-11', description: 'The current month when absent' })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month?: string;
}

export class TrainingMonthQueryDto {
  @ApiPropertyOptional({ example: '2026-11', description: 'The current month when absent' })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month?: string;
}

export class TrainingAssigneeViewDto {
  @ApiProperty({ nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ nullable: true, type: String }) role: string | null;
  @ApiProperty({ nullable: true, type: String }) userId: string | null;
}

export class TrainingDto {
  @ApiProperty() id: string;
  @ApiProperty() ownerUnitId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: TRAINING_FORMS }) form: TrainingForm;
  @ApiProperty() topic: string;
  @ApiProperty({ type: [String] }) subjects: string[];
  @ApiProperty({ nullable: true, type: String }) trainerId: string | null;
  @ApiProperty() place: string;
  @ApiProperty({ nullable: true, type: String }) onlineLink: string | null;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty() required: boolean;
  @ApiProperty() opensEarlyMinutes: number;
  @ApiProperty() lateAfterMinutes: number;
  @ApiProperty() signOut: boolean;
  @ApiProperty({ nullable: true, type: String }) sittingId: string | null;
  @ApiProperty({ type: [TrainingAssigneeViewDto] }) assignees: TrainingAssigneeViewDto[];
  @ApiProperty({ description: 'Whether the caller may change it and run its check-in' }) canManage: boolean;
}

export class MyTrainingDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: TRAINING_FORMS }) form: TrainingForm;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty() place: string;
  @ApiProperty({ nullable: true, type: String }) onlineLink: string | null;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) status: AttendanceStatus;
  @ApiProperty({ nullable: true, type: String, enum: ['pending', 'approved', 'rejected'] }) leaveStatus: string | null;
}

export class CheckInCodeDto {
  @ApiProperty({ example: '042817' }) code: string;
  @ApiProperty({ description: "The path of Kaoping's check-in page with the code, for the QR" }) qrText: string;
  @ApiProperty() expiresAt: Date;
}

export class CheckInInputDto {
  @ApiProperty({ example: '042817' }) @IsString() @Matches(/^\d{6}$/, { message: 'code 须为 6 位数字' }) code: string;

  @ApiPropertyOptional({ description: "The browser's own random id, to flag one device checking in two accounts", maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  deviceId?: string;
}

export class CheckInDto {
  @ApiProperty() sessionId: string;
  @ApiProperty() userId: string;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) status: AttendanceStatus;
  @ApiProperty({ nullable: true, type: Date }) checkedInAt: Date | null;
}

export class AttendanceItemDto {
  @ApiProperty() userId: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) status: AttendanceStatus;
  @ApiProperty({ nullable: true, type: Date }) checkedInAt: Date | null;
  @ApiProperty({ description: 'The same device also checked in another account (a flag; nothing was blocked)' }) sharedDevice: boolean;
  @ApiProperty({ nullable: true, type: String }) overrideReason: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['pending', 'approved', 'rejected'] }) leaveStatus: string | null;
  @ApiProperty({ nullable: true, type: String }) leaveReason: string | null;
}

export class AttendanceDto {
  @ApiProperty({ type: [AttendanceItemDto] }) items: AttendanceItemDto[];
}

export class AttendanceCorrectionDto {
  @ApiProperty({ enum: CORRECTED_STATUSES }) @IsIn(CORRECTED_STATUSES) status: CorrectedStatus;
  @ApiProperty({ maxLength: 500 }) @IsString() @MinLength(2) @MaxLength(500) reason: string;
}

export class LeaveInputDto {
  @ApiProperty({ maxLength: 500 }) @IsString() @MinLength(2) @MaxLength(500) reason: string;
}

export class LeaveDecisionDto {
  @ApiProperty({ enum: ['approved', 'rejected'] }) @IsIn(['approved', 'rejected']) status: 'approved' | 'rejected';
}

export class CalendarEntryDto {
  @ApiProperty({ enum: ['training', 'exam'] }) kind: 'training' | 'exam';
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: [...TRAINING_FORMS, 'sitting'] }) form: string;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ description: 'A make-up sitting (补考): shown, not counted' }) makeup: boolean;
}

export class CadenceDto {
  @ApiProperty() trainings: number;
  @ApiProperty() exams: number;
  @ApiProperty() ok: boolean;
  @ApiProperty({ nullable: true, type: String, enum: ['missing', 'tooMany'] }) problem: 'missing' | 'tooMany' | null;
}

export class TrainingCalendarDto {
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ type: [CalendarEntryDto] }) sessions: CalendarEntryDto[];
  @ApiProperty({ type: CadenceDto }) cadence: CadenceDto;
}
