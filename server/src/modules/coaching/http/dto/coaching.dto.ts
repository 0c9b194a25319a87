import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { COMPETENCY_DIMENSIONS } from '../../../../platform/vocabulary/competency-dimensions';
import { PersonRefDto } from '../../../identity/http/dto/person-ref.dto';

const ACTION_KINDS = ['practice', 'training'];
const SUGGESTED = ['practice', 'training', 'none'];
const MOVEMENTS = ['up', 'down', 'same', 'unknown'];

export class SubjectLevelDto {
  @ApiProperty({ enum: COMPETENCY_DIMENSIONS }) dimension: string;
  @ApiProperty({ nullable: true, type: Number }) level: number | null;
  @ApiProperty() target: number;
  @ApiProperty({ nullable: true, type: Number }) gap: number | null;
}

export class KpiStandingDto {
  @ApiProperty() kpi: string;
  @ApiProperty({ nullable: true, type: Number }) value: number | null;
  @ApiProperty({ nullable: true, type: Number }) target: number | null;
  @ApiProperty({ description: "The kpi module's status: missed, or behind the year's pace" }) status: string;
}

export class SuggestionDto {
  @ApiProperty({ enum: SUGGESTED }) kind: string;
  @ApiProperty({ nullable: true, type: String, enum: COMPETENCY_DIMENSIONS }) dimension: string | null;
  @ApiProperty({ enum: ['subject_below', 'kpi_subject_below', 'kpi_subject_unassessed', 'nothing'] }) reason: string;
  @ApiProperty({ nullable: true, type: String }) kpi: string | null;
}

export class CoachingRowDto {
  @ApiProperty({ type: PersonRefDto }) person: PersonRefDto;
  @ApiProperty({ type: [SubjectLevelDto], description: 'Subjects below target, widest gap first (at most 3)' }) weakest: SubjectLevelDto[];
  @ApiProperty({ type: [String], description: 'Subjects without enough evidence for a level (证据不足)' }) unassessed: string[];
  @ApiProperty({ type: [KpiStandingDto], description: 'KPIs below target or behind pace this month' }) kpisOfConcern: KpiStandingDto[];
  @ApiProperty({ type: SuggestionDto }) suggestion: SuggestionDto;
  @ApiProperty({ description: 'Coaching actions still open' }) openActions: number;
}

export class CoachingMatrixDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ type: [CoachingRowDto], description: 'People with something to act on first' }) rows: CoachingRowDto[];
}

export class CreateCoachingActionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId: string;

  @ApiProperty({ enum: ACTION_KINDS })
  @IsIn(ACTION_KINDS)
  kind: 'practice' | 'training';

  @ApiPropertyOptional({ enum: COMPETENCY_DIMENSIONS, description: 'Required for practice: the subject whose practice material to use' })
  @IsOptional()
  @IsIn(COMPETENCY_DIMENSIONS)
  dimension?: string;

  @ApiPropertyOptional({ description: 'The KPI the action should move' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  kpi?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;

  @ApiProperty({ example: '2026-12-15', description: 'Due date (China)' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'dueOn 须为 YYYY-MM-DD 格式的日期' })
  dueOn: string;
}

export class CoachingActionsQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'closed'] })
  @IsOptional()
  @IsIn(['open', 'closed'])
  status?: 'open' | 'closed';
}

export class CoachingMatrixQueryDto {
  @ApiPropertyOptional({ example: '2026-11' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month 须为 YYYY-MM 格式的月份，例如 2026-11' })
  month?: string;
}

export class SubjectKpiQueryDto extends CoachingMatrixQueryDto {
  @ApiProperty({ enum: COMPETENCY_DIMENSIONS })
  @IsIn(COMPETENCY_DIMENSIONS)
  dimension: string;

  @ApiProperty({ example: 'effective_guidance' })
  @IsString()
  @MaxLength(32)
  kpi: string;
}

export class SubjectKpiPointDto {
  @ApiProperty({ type: PersonRefDto }) person: PersonRefDto;
  @ApiProperty({ description: 'Subject level (share of points), current window' }) level: number;
  @ApiProperty({ description: "The KPI's value that month" }) value: number;
}

export class SubjectKpiDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ enum: COMPETENCY_DIMENSIONS }) dimension: string;
  @ApiProperty() kpi: string;
  @ApiProperty({ type: [SubjectKpiPointDto], description: 'People with both a level and a KPI value' }) points: SubjectKpiPointDto[];
  @ApiProperty({ description: 'People with both' }) n: number;
  @ApiProperty({ nullable: true, type: Number, description: "Pearson's r; null when the data says nothing" }) r: number | null;
  @ApiProperty({ nullable: true, type: String, enum: ['too_few', 'no_spread'], description: 'Why there is no r' }) why: string | null;
  @ApiProperty({ description: 'Least people for an r' }) minPeople: number;
}

export class CoachingActionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: PersonRefDto }) person: PersonRefDto;
  @ApiProperty({ enum: ACTION_KINDS }) kind: string;
  @ApiProperty({ nullable: true, type: String }) dimension: string | null;
  @ApiProperty({ nullable: true, type: String }) kpi: string | null;
  @ApiProperty() note: string;
  @ApiProperty({ example: '2026-12-15' }) dueOn: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status: string;
  @ApiProperty() overdue: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) closedAt: Date | null;
  @ApiProperty({ example: '2026-11', description: 'The month the baseline was read in' }) baselineMonth: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Subject level when assigned' }) levelBefore: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Subject level now' }) levelNow: number | null;
  @ApiProperty({ enum: MOVEMENTS }) levelMoved: string;
  @ApiProperty({ nullable: true, type: Number, description: 'KPI value when assigned' }) kpiBefore: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'KPI value in the latest month with figures' }) kpiNow: number | null;
  @ApiProperty({ enum: MOVEMENTS }) kpiMoved: string;
}

export class MyCoachingActionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ACTION_KINDS }) kind: string;
  @ApiProperty({ nullable: true, type: String }) dimension: string | null;
  @ApiProperty({ nullable: true, type: String }) kpi: string | null;
  @ApiProperty() note: string;
  @ApiProperty() dueOn: string;
  @ApiProperty() overdue: boolean;
}
