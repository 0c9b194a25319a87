import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsObject, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { SpeechRubricItemDto } from './contest.dto';

export class PeopleDto {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  userIds: string[];
}

export class SheetInputDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'A score for every item of the rubric, by key',
    example: { content: 28 },
  })
  @IsObject()
  items: Record<string, number>;
}

export class CorrectionInputDto extends SheetInputDto {
  @ApiProperty({ description: 'Why the locked score changes (audited)' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  reason: string;
}

export class SpeechTimeDto {
  @ApiProperty({ minimum: 0, maximum: 14400, description: 'How long the speaker spoke, by the speech timer' })
  @IsInt()
  @Min(0)
  @Max(14400)
  seconds: number;
}

export class SheetDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) items: Record<string, number>;
  @ApiProperty() total: number;
}

export class JudgeScoreDto {
  @ApiProperty({ format: 'uuid' }) judgeId: string;
  @ApiProperty() name: string;
  @ApiProperty() total: number;
  @ApiProperty({ description: 'What the total counted as (rescaled under normalisation)' }) counted: number;
  @ApiProperty({ description: 'Left out as the highest or lowest of five or more' }) dropped: boolean;
}

export class SpeakerResultDto {
  @ApiProperty() rank: number;
  @ApiProperty() score: number;
  @ApiProperty() aggregated: number;
  @ApiProperty() penalty: number;
  @ApiProperty({ type: [JudgeScoreDto] }) judges: JudgeScoreDto[];
}

export class HostSpeakerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() name: string;
  @ApiProperty() position: number;
  @ApiProperty() locked: boolean;
  @ApiProperty({ nullable: true, type: Number }) seconds: number | null;
  @ApiProperty() penalty: number;
  @ApiProperty({ type: [String], description: 'Judges who have scored this speaker (values stay hidden until locked)' })
  submittedJudgeIds: string[];
  @ApiProperty({ type: SpeakerResultDto, nullable: true }) result: SpeakerResultDto | null;
}

export class PersonNameDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() name: string;
}

export class CorrectionDto {
  @ApiProperty({ format: 'uuid' }) speakerId: string;
  @ApiProperty({ format: 'uuid' }) judgeId: string;
  @ApiProperty() total: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) items: Record<string, number>;
  @ApiProperty() reason: string;
  @ApiProperty({ nullable: true, type: String }) requestedBy: string | null;
}

export class SpeechHostDto {
  @ApiProperty({ type: [SpeechRubricItemDto] }) rubric: SpeechRubricItemDto[];
  @ApiProperty({ type: [PersonNameDto] }) judges: PersonNameDto[];
  @ApiProperty({ type: [HostSpeakerDto] }) speakers: HostSpeakerDto[];
  @ApiProperty({ type: [CorrectionDto] }) pendingCorrections: CorrectionDto[];
}

export class JudgingSpeakerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() position: number;
  @ApiProperty() locked: boolean;
  @ApiProperty({ type: SheetDto, nullable: true, description: 'This judge’s own sheet' }) mine: SheetDto | null;
}

export class JudgingDto {
  @ApiProperty({ format: 'uuid' }) contestId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [SpeechRubricItemDto] }) rubric: SpeechRubricItemDto[];
  @ApiProperty({ type: [JudgingSpeakerDto] }) speakers: JudgingSpeakerDto[];
}

export class PanelDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() status: string;
}

export class JudgeConsistencyDto {
  @ApiProperty({ format: 'uuid' }) judgeId: string;
  @ApiProperty() scored: number;
  @ApiProperty({ description: 'Mean of (judge’s total − panel mean): negative is harsh' }) meanOffset: number;
  @ApiProperty({ nullable: true, type: Number }) spread: number | null;
}

export class IccDto {
  @ApiProperty({ description: 'ICC(2,1): one judge' }) single: number;
  @ApiProperty({ description: 'ICC(2,k): the panel mean' }) average: number;
  @ApiProperty({ enum: ['poor', 'moderate', 'good', 'excellent'] }) singleBand: string;
  @ApiProperty({ enum: ['poor', 'moderate', 'good', 'excellent'] }) averageBand: string;
  @ApiProperty() speakers: number;
  @ApiProperty() judges: number;
}

export class OutlierDto {
  @ApiProperty({ format: 'uuid' }) speakerId: string;
  @ApiProperty({ format: 'uuid' }) judgeId: string;
  @ApiProperty() total: number;
  @ApiProperty() residual: number;
}

export class ConsistencyDto {
  @ApiProperty({ type: [JudgeConsistencyDto] }) judges: JudgeConsistencyDto[];
  @ApiProperty({ type: IccDto, nullable: true }) icc: IccDto | null;
  @ApiProperty({ type: [OutlierDto] }) outliers: OutlierDto[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Names of the judges and speakers by id' })
  names: Record<string, string>;
}
