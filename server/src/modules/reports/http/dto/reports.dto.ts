import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { KpiValueDto, UnitKpiSummaryDto } from '../../../kpi/http/dto/kpi.dto';
import { SCORE_ITEMS } from '../../domain/scorecard-weights';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = 'month 须为 YYYY-MM 格式的月份，例如 2026-11';
const ITEM_STATUSES = ['met', 'missed', 'info', 'no_target', 'no_data', 'pending'];
const SITTING_STATUSES = ['upcoming', 'open', 'in_progress', 'scoring', 'submitted', 'graded', 'missed'];

export class UnitQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  unitId: string;
}

export class UnitMonthQueryDto extends UnitQueryDto {
  @ApiPropertyOptional({ example: '2026-11', description: 'The month; the current month when absent' })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month?: string;
}

export class MonthlyAssessmentQueryDto extends UnitMonthQueryDto {
  @ApiProperty({ enum: ['xlsx', 'pdf'] })
  @IsIn(['xlsx', 'pdf'])
  format: 'xlsx' | 'pdf';
}

export class WeightInputDto {
  @ApiProperty({ enum: SCORE_ITEMS, description: "'exam' for the month's exams, else a KPI code" })
  @IsString()
  @MaxLength(32)
  item: string;

  @ApiProperty({ minimum: 0, maximum: 100, description: 'A whole number; all items together must add up to 100' })
  @IsInt()
  @Min(0)
  @Max(100)
  weight: number;
}

/** The weights of the caller's own department (the top unit of their organisation tree). */
export class ReplaceWeightsDto {
  @ApiProperty({ type: [WeightInputDto], description: 'Every item once' })
  @ArrayMaxSize(32)
  @ValidateNested({ each: true })
  @Type(() => WeightInputDto)
  weights: WeightInputDto[];
}

export class WeightItemDto {
  @ApiProperty({ enum: SCORE_ITEMS }) item: string;
  @ApiProperty() name: string;
  @ApiProperty() nameEn: string;
  @ApiProperty() weight: number;
  @ApiProperty({ description: "The plan's default (decisions §22)" }) planWeight: number;
}

export class WeightsDto {
  @ApiProperty({ format: 'uuid' }) departmentId: string;
  @ApiProperty() departmentName: string;
  @ApiProperty({ description: "The department saved its own weights; false while the plan's apply" }) custom: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) updatedAt: Date | null;
  @ApiProperty({ description: 'The caller may change them (the head of the department, or an admin)' }) mayEdit: boolean;
  @ApiProperty({ type: [WeightItemDto] }) items: WeightItemDto[];
}

export class ItemScoreDto {
  @ApiProperty({ enum: SCORE_ITEMS }) item: string;
  @ApiProperty({ nullable: true, type: Number, description: '0–100; null when the item does not count this month' }) score: number | null;
  @ApiProperty({
    enum: ITEM_STATUSES,
    description: 'Why: met, missed, no_data, no_target, info (weightless), pending (exam not yet scored)',
  })
  status: string;
}

export class AttendanceDto {
  @ApiProperty({ description: "The month's sittings whose window opened for the person" }) expected: number;
  @ApiProperty({ description: 'Of them, those they sat (a make-up standing in for the first)' }) took: number;
}

export class ScorecardPersonDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ nullable: true, type: Number, description: 'The weighted score, 0–100, exact (shown to two decimals)' }) score:
    number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Highest score first; equal shown scores share a rank; null without a score' })
  rank: number | null;
  @ApiProperty({ description: 'Σ weights of the items that counted' }) weightCounted: number;
  @ApiProperty({ type: [ItemScoreDto] }) items: ItemScoreDto[];
  @ApiProperty({ type: [KpiValueDto] }) kpis: KpiValueDto[];
  @ApiProperty({ type: AttendanceDto, description: 'Exam attendance this month (参考)' }) attendance: AttendanceDto;
}

export class AbsentPersonDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: SITTING_STATUSES }) status: string;
}

export class ParticipationDto {
  @ApiProperty() expected: number;
  @ApiProperty() took: number;
  @ApiProperty({ nullable: true, type: Number }) participationRate: number | null;
  @ApiProperty({ type: [AbsentPersonDto] }) absent: AbsentPersonDto[];
  @ApiProperty() graded: number;
  @ApiProperty() passed: number;
  @ApiProperty({ nullable: true, type: Number }) passRate: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean percentage (0–100) of the graded' }) average: number | null;
  @ApiProperty({ type: [Number], description: 'Graded in each band: <60, 60–69, 70–79, 80–89, ≥90' }) distribution: number[];
}

export class MonthExamDto extends ParticipationDto {
  @ApiProperty({ format: 'uuid' }) sittingId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, format: 'date-time' }) opensAt: Date;
}

export class ScorecardDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ type: [ScorecardPersonDto], description: 'Every customer manager of the subtree, by rank' }) people: ScorecardPersonDto[];
  @ApiProperty({ type: [UnitKpiSummaryDto] }) kpis: UnitKpiSummaryDto[];
  @ApiProperty({ type: [MonthExamDto] }) exams: MonthExamDto[];
  @ApiProperty({ type: ParticipationDto }) examsOverall: ParticipationDto;
}
