import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsNumber, Max, Min, ValidateNested } from 'class-validator';
import { COMPETENCY_DIMENSIONS } from '../../domain/competency-dimensions';
import { EVIDENCE_KINDS } from '../../domain/evidence-kinds';
import { PersonRefDto } from '../../../identity/http/dto/person-ref.dto';

const LEVEL_STATUSES = ['met', 'below', 'insufficient', 'no_evidence'];
const RECORD_BASES = ['exam_score_rate', 'mixed', 'none'];

export class CompetencyTargetDto {
  @ApiProperty({ enum: COMPETENCY_DIMENSIONS }) dimension: string;
  @ApiProperty({ description: 'Expected level, a share of points 0–1' }) target: number;
  @ApiProperty({ description: 'True while the department has not set its own' }) isDefault: boolean;
}

export class CompetencyTargetInputDto {
  @ApiProperty({ enum: COMPETENCY_DIMENSIONS })
  @IsIn(COMPETENCY_DIMENSIONS)
  dimension: string;

  @ApiProperty({ minimum: 0, maximum: 1 })
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0)
  @Max(1)
  target: number;
}

export class UpdateCompetencyTargetsDto {
  @ApiProperty({ type: [CompetencyTargetInputDto] })
  @ValidateNested({ each: true })
  @Type(() => CompetencyTargetInputDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(COMPETENCY_DIMENSIONS.length)
  targets: CompetencyTargetInputDto[];
}

export class DimensionLevelDto {
  @ApiProperty({ enum: COMPETENCY_DIMENSIONS }) dimension: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Share of points earned, 0–1; null without evidence' }) level: number | null;
  @ApiProperty() target: number;
  @ApiProperty({ nullable: true, type: Number, description: 'target − level when below, else 0' }) gap: number | null;
  @ApiProperty({ enum: LEVEL_STATUSES, description: 'insufficient (证据不足): some evidence, less than the minimum; no level shown' })
  status: 'met' | 'below' | 'insufficient' | 'no_evidence';
  @ApiProperty({ description: 'Graded items behind the level, as the sittings count them' }) items: number;
  @ApiProperty({ description: 'Points at stake behind the level, as the sittings count them' }) pointsAtStake: number;
}

export class EvidenceMinimumDto {
  @ApiProperty({ description: 'Least items per dimension in the window for a level' }) items: number;
  @ApiProperty({ description: 'Least points at stake per dimension in the window for a level' }) points: number;
}

export class EvidenceKindTotalDto {
  @ApiProperty({ enum: EVIDENCE_KINDS }) kind: string;
  @ApiProperty({ description: 'Sources that count (attempts, contests…)' }) sources: number;
  @ApiProperty() items: number;
  @ApiProperty() points: number;
  @ApiProperty() maxPoints: number;
  @ApiProperty({ description: 'Of the sources, make-ups (补考)' }) makeups: number;
}

export class MonthLevelsDto {
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ type: [DimensionLevelDto] }) dimensions: DimensionLevelDto[];
}

export class EvidenceDto {
  @ApiProperty({ enum: EVIDENCE_KINDS }) sourceKind: string;
  @ApiProperty({ description: 'The source in its module (an exam: the attempt id)' }) sourceId: string;
  @ApiProperty({ nullable: true, type: String, description: 'Where it is scored with others (an exam: the sitting id)' }) sourceGroup:
    string | null;
  @ApiProperty({ description: 'From a make-up sitting (补考)' }) makeup: boolean;
  @ApiProperty({ description: "Share the official score counts: 0 for an attempt the sitting's grading method leaves out" })
  countedShare: number;
  @ApiProperty() sourceTitle: string;
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ enum: COMPETENCY_DIMENSIONS }) dimension: string;
  @ApiProperty() points: number;
  @ApiProperty() maxPoints: number;
  @ApiProperty() items: number;
}

export class PersonCompetencyDto {
  @ApiProperty({ type: PersonRefDto }) person: PersonRefDto;
  @ApiProperty({ description: 'Months the current level looks back over' }) windowMonths: number;
  @ApiProperty({ enum: RECORD_BASES, description: 'exam_score_rate while every piece of evidence in the window is an exam (考试得分率)' })
  basis: string;
  @ApiProperty({ type: EvidenceMinimumDto }) minimum: EvidenceMinimumDto;
  @ApiProperty({ type: [DimensionLevelDto], description: 'Current level per dimension (the last windowMonths months)' })
  current: DimensionLevelDto[];
  @ApiProperty({ type: [EvidenceKindTotalDto], description: 'What the current window holds, per kind of evidence' })
  evidenceByKind: EvidenceKindTotalDto[];
  @ApiProperty({ type: [MonthLevelsDto], description: 'Each month on its own, oldest first' }) history: MonthLevelsDto[];
  @ApiProperty({ type: [EvidenceDto], description: 'The most recent evidence, newest first' }) recentEvidence: EvidenceDto[];
}

export class UnitDimensionDto {
  @ApiProperty({ enum: COMPETENCY_DIMENSIONS }) dimension: string;
  @ApiProperty() target: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Pooled level: all points earned / all points at stake in the subtree' })
  level: number | null;
  @ApiProperty({ description: 'People with evidence in this dimension' }) assessed: number;
  @ApiProperty({ description: 'Of those, below the target' }) below: number;
}

export class PersonLevelsDto extends PersonRefDto {
  @ApiProperty({ type: [DimensionLevelDto] }) dimensions: DimensionLevelDto[];
  @ApiProperty({ description: 'Dimensions below target' }) gaps: number;
  @ApiProperty({ description: 'Dimensions without enough evidence for a level (证据不足)' }) unassessed: number;
}

export class UnitCompetencyDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty() windowMonths: number;
  @ApiProperty({ description: 'Staff in the subtree' }) people: number;
  @ApiProperty({ enum: RECORD_BASES, description: 'exam_score_rate while no evidence other than exams exists in the window' })
  basis: string;
  @ApiProperty({ type: EvidenceMinimumDto }) minimum: EvidenceMinimumDto;
  @ApiProperty({ type: [UnitDimensionDto] }) dimensions: UnitDimensionDto[];
  @ApiProperty({
    type: [PersonLevelsDto],
    description: 'One page of people, most dimensions below target or without enough evidence first, then by name',
  })
  page: PersonLevelsDto[];
  @ApiProperty() total: number;
}
