import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { namedSchema } from '../../../../platform/http/named-schema';
import { COMPETENCY_DIMENSIONS, QUESTION_TYPES } from '../../../question-bank/domain/question-draft';

const MULTIPLE_RULES = ['all_or_nothing', 'partial_half', 'proportional_penalty'] as const;

export class FixedSlotInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  questionId: string;

  @ApiProperty()
  @IsNumber()
  @IsPositive()
  @Max(1000)
  points: number;
}

export class PaperSectionInputDto {
  @ApiProperty({ example: '一、单选题' })
  @IsString()
  @MaxLength(100)
  title: string;

  @ApiProperty({ type: [FixedSlotInputDto] })
  @IsArray()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => FixedSlotInputDto)
  slots: FixedSlotInputDto[];
}

export class BlueprintRuleDto {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(300)
  count: number;

  @ApiProperty()
  @IsNumber()
  @IsPositive()
  @Max(1000)
  points: number;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  bankId: string;

  @ApiPropertyOptional({ enum: QUESTION_TYPES })
  @IsOptional()
  @IsIn(QUESTION_TYPES)
  type?: (typeof QUESTION_TYPES)[number];

  @ApiPropertyOptional({ description: 'Category path; includes everything below it' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  categoryPath?: string;

  @ApiPropertyOptional({ enum: COMPETENCY_DIMENSIONS })
  @IsOptional()
  @IsIn(COMPETENCY_DIMENSIONS)
  dimension?: (typeof COMPETENCY_DIMENSIONS)[number];

  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  difficulty?: number;
}

export class CreatePaperDto {
  @ApiProperty({ example: '2026年12月 月度测验' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiProperty({ enum: ['fixed', 'blueprint'] })
  @IsIn(['fixed', 'blueprint'])
  kind: 'fixed' | 'blueprint';

  @ApiPropertyOptional({ type: [PaperSectionInputDto], description: 'fixed papers' })
  @ValidateIf((o: CreatePaperDto) => o.kind === 'fixed')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PaperSectionInputDto)
  sections?: PaperSectionInputDto[];

  @ApiPropertyOptional({ type: [BlueprintRuleDto], description: 'blueprint papers' })
  @ValidateIf((o: CreatePaperDto) => o.kind === 'blueprint')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => BlueprintRuleDto)
  rules?: BlueprintRuleDto[];

  @ApiPropertyOptional({ enum: MULTIPLE_RULES, default: 'all_or_nothing', description: 'partial_half = 少选得一半' })
  @IsOptional()
  @IsIn(MULTIPLE_RULES)
  multipleRule?: (typeof MULTIPLE_RULES)[number];

  @ApiPropertyOptional({ default: true, description: 'Partial credit for matching, ordering and multi-blank questions' })
  @IsOptional()
  @IsBoolean()
  partialCredit?: boolean;
}

export class FixedSlotDto {
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty({ description: 'The version pinned when the question was added' }) version: number;
  @ApiProperty() points: number;
}

export class PaperSectionDto {
  @ApiProperty() title: string;
  @ApiProperty({ type: [FixedSlotDto] }) slots: FixedSlotDto[];
}

export class FixedStructureDto {
  @ApiProperty({ enum: ['fixed'], type: String }) kind: 'fixed';
  @ApiProperty({ type: [PaperSectionDto] }) sections: PaperSectionDto[];
}

export class BlueprintStructureDto {
  @ApiProperty({ enum: ['blueprint'], type: String }) kind: 'blueprint';
  @ApiProperty({ type: [BlueprintRuleDto] }) rules: BlueprintRuleDto[];
}

/** domain/paper-structure.ts: sections of pinned slots, or blueprint rules. */
const PAPER_STRUCTURE = namedSchema('PaperStructure', {
  oneOf: [{ $ref: getSchemaPath(FixedStructureDto) }, { $ref: getSchemaPath(BlueprintStructureDto) }],
  discriminator: {
    propertyName: 'kind',
    mapping: { fixed: getSchemaPath(FixedStructureDto), blueprint: getSchemaPath(BlueprintStructureDto) },
  },
});

@ApiExtraModels(FixedStructureDto, BlueprintStructureDto)
export class PaperDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: ['fixed', 'blueprint'] }) kind: string;
  @ApiProperty({ allOf: [PAPER_STRUCTURE] }) structure: object;
  @ApiProperty({ enum: MULTIPLE_RULES }) multipleRule: string;
  @ApiProperty() partialCredit: boolean;
  @ApiProperty({ format: 'uuid' }) ownerUnitId: string;
  @ApiProperty() questionCount: number;
  @ApiProperty() maxScore: number;
  @ApiProperty() updatedAt: Date;
}

export class PaperWarningDto {
  @ApiProperty({
    enum: ['practice_material'],
    description: 'practice_material: the paper draws 练习题, which candidates may have practised with the key shown',
  })
  kind: string;
  @ApiProperty() message: string;
  @ApiPropertyOptional({ description: 'Blueprint papers: the rule concerned (0-based)' }) ruleIndex?: number;
  @ApiPropertyOptional({ type: [String], description: 'Fixed papers: the practice-material questions' }) questionIds?: string[];
  @ApiProperty() practiceCount: number;
  @ApiProperty({ description: "The paper's questions, or those the rule can draw" }) outOf: number;
}

export class PaperDetailDto extends PaperDto {
  @ApiProperty({ type: [PaperWarningDto], description: 'Not refusals: what the author should know (e.g. practice material drawn)' })
  warnings: PaperWarningDto[];
}
