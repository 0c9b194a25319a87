import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { namedSchema } from '../../../../platform/http/named-schema';
import { QUESTION_TYPES } from '../../../question-bank/domain/question-draft';

/** domain/statistics: percentages are 0..100; a figure is null where too few attempts make it meaningless. */
export class TestStatisticsDto {
  @ApiProperty({ description: 'Graded attempts analysed' }) count: number;
  @ApiProperty({ nullable: true, type: Number }) mean: number | null;
  @ApiProperty({ nullable: true, type: Number }) median: number | null;
  @ApiProperty({ nullable: true, type: Number }) variance: number | null;
  @ApiProperty({ nullable: true, type: Number }) standardDeviation: number | null;
  @ApiProperty({ nullable: true, type: Number }) skewness: number | null;
  @ApiProperty({ nullable: true, type: Number }) kurtosis: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Coefficient of internal consistency (Cronbach alpha) × 100' }) cicPercent:
    number | null;
  @ApiProperty({ nullable: true, type: Number }) errorRatioPercent: number | null;
  @ApiProperty({ nullable: true, type: Number }) standardError: number | null;
}

export class TooFewAttemptsReviewDto {
  @ApiProperty() item: number;
  @ApiProperty({ enum: ['too_few_attempts'], type: String }) status: 'too_few_attempts';
  @ApiProperty() note: string;
}

export class FlaggedReviewDto {
  @ApiProperty() item: number;
  @ApiProperty({ enum: ['flagged'], type: String }) status: 'flagged';
  @ApiProperty({ type: [String] }) reasons: string[];
}

export class OkReviewDto {
  @ApiProperty() item: number;
  @ApiProperty({ enum: ['ok'], type: String }) status: 'ok';
}

/** domain/statistics/item-review-flags.ts */
const ITEM_REVIEW = namedSchema('ItemReview', {
  oneOf: [TooFewAttemptsReviewDto, FlaggedReviewDto, OkReviewDto].map((model) => ({ $ref: getSchemaPath(model) })),
  discriminator: {
    propertyName: 'status',
    mapping: {
      too_few_attempts: getSchemaPath(TooFewAttemptsReviewDto),
      flagged: getSchemaPath(FlaggedReviewDto),
      ok: getSchemaPath(OkReviewDto),
    },
  },
});

export class ResponseTallyDto {
  @ApiProperty() count: number;
  @ApiProperty({ nullable: true, type: Number }) percent: number | null;
}

export class OptionTallyDto extends ResponseTallyDto {
  @ApiProperty() option: string;
}

export class ItemDistractorsDto {
  @ApiProperty() item: number;
  @ApiProperty({ description: 'Response records, blank ones included' }) responses: number;
  @ApiProperty({ type: ResponseTallyDto }) blank: ResponseTallyDto;
  @ApiProperty({ type: [OptionTallyDto] }) options: OptionTallyDto[];
}

@ApiExtraModels(TooFewAttemptsReviewDto, FlaggedReviewDto, OkReviewDto)
export class AnalysedItemDto {
  @ApiProperty() item: number;
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty() questionKey: string;
  @ApiProperty({ description: 'The stem the candidates saw (rich text)' }) stem: string;
  @ApiProperty({ enum: QUESTION_TYPES }) type: string;
  @ApiProperty() attempts: number;
  @ApiProperty() maxMark: number;
  @ApiProperty({ nullable: true, type: Number }) facilityPercent: number | null;
  @ApiProperty({ nullable: true, type: Number }) standardDeviation: number | null;
  @ApiProperty({ nullable: true, type: Number }) sdPercent: number | null;
  @ApiProperty({ nullable: true, type: Number }) intendedWeightPercent: number | null;
  @ApiProperty({ nullable: true, type: Number }) effectiveWeightPercent: number | null;
  @ApiProperty({ nullable: true, type: Number, description: "Pearson's r with the rest of the paper × 100" }) discriminationIndex:
    number | null;
  @ApiProperty({ nullable: true, type: Number }) discriminativeEfficiency: number | null;
  @ApiProperty({ nullable: true, type: Number, description: '−1..1, right/wrong items only' }) pointBiserial: number | null;
  @ApiProperty({ nullable: true, type: Number }) randomGuessPercent: number | null;
  @ApiProperty({ allOf: [ITEM_REVIEW] }) review: object;
  @ApiProperty({ type: ItemDistractorsDto, nullable: true }) distractors: ItemDistractorsDto | null;
}
