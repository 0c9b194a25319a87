import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { BRAND_KINDS, type BrandKind } from '../../domain/brand-list';
import { ALL_KPIS } from '../../domain/kpi-definitions';
import { RISE_UNITS, type RiseUnit, type TargetStatus } from '../../domain/status-rule';
import { PersonRefDto } from '../../../identity/http/dto/person-ref.dto';

const STATUSES = ['met', 'missed', 'info', 'no_target', 'no_data'];

export class KpiDefinitionDto {
  @ApiProperty({ enum: ALL_KPIS }) code: string;
  @ApiProperty() name: string;
  @ApiProperty() nameEn: string;
  @ApiProperty() numerator: string;
  @ApiProperty() denominator: string;
  @ApiProperty({ enum: ['share', 'amount', 'count'] }) kind: 'share' | 'amount' | 'count';
  @ApiProperty({ enum: ['higher', 'lower'] }) better: 'higher' | 'lower';
  @ApiProperty({ nullable: true, type: Number, description: "The department's target (a rate for shares), null for none" }) target:
    number | null;
  @ApiProperty({ nullable: true, type: Number, description: "The plan's default" }) defaultTarget: number | null;
  @ApiProperty({ description: 'Judged against the same month of last year instead of a target' }) yearOnYear: boolean;
  @ApiProperty({ description: 'The target is the rise required on last year (price per carton), in targetUnit' }) riseTarget: boolean;
  @ApiProperty({
    nullable: true,
    enum: RISE_UNITS,
    description: 'yuan: +元/条; percent: + a fraction of last year (0.03 = 3 %); null where the target is not a rise',
  })
  targetUnit: RiseUnit | null;
  @ApiProperty({
    description:
      'The target is for the full year; a month is judged on the pace to it (target × month ÷ 12), which KpiValue.target carries',
  })
  paced: boolean;
  @ApiProperty({ description: 'Shown for information only, never met or missed (the plan sets no bar)' }) informational: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'How to read the figure, where the plan makes it matter (zh-CN)' }) caption:
    string | null;
  @ApiProperty({ nullable: true, type: String }) captionEn: string | null;
}

export class KpiTargetInputDto {
  @ApiProperty({ enum: ALL_KPIS })
  @IsIn(ALL_KPIS)
  kpi: string;

  @ApiProperty({ nullable: true, type: Number, description: 'null removes the target' })
  @ValidateIf((_o, value) => value !== null)
  @IsNumber({ maxDecimalPlaces: 4 })
  @Min(0)
  @Max(100000)
  target: number | null;

  @ApiPropertyOptional({
    enum: RISE_UNITS,
    description: 'Only for a rise target (price per carton): yuan per carton, or percent (target as a fraction)',
  })
  @IsOptional()
  @IsIn(RISE_UNITS)
  unit?: RiseUnit;
}

export class UpdateKpiTargetsDto {
  @ApiProperty({ type: [KpiTargetInputDto] })
  @ValidateNested({ each: true })
  @Type(() => KpiTargetInputDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(ALL_KPIS.length)
  targets: KpiTargetInputDto[];
}

export const KPI_IMPORT_KINDS = ['ratios', 'forecasts'] as const;

export class KpiImportQueryDto {
  @ApiProperty({
    enum: KPI_IMPORT_KINDS,
    enumName: 'KpiImportKind',
    description: 'ratios: 用户名/月份/指标/分子/分母; forecasts: 用户名/月份/品牌/全国重点品牌/预测量/实际量',
  })
  @IsIn(KPI_IMPORT_KINDS)
  kind: 'ratios' | 'forecasts';

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: check only, write nothing' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: string;
}

export class KpiTemplateQueryDto {
  @ApiProperty({ enum: KPI_IMPORT_KINDS, enumName: 'KpiImportKind' })
  @IsIn(KPI_IMPORT_KINDS)
  kind: 'ratios' | 'forecasts';
}

export class KpiImportReportDto {
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ description: 'Rows read' }) rows: number;
  @ApiProperty({ description: 'Distinct people in the file' }) people: number;
  @ApiProperty({ type: [String], description: 'Months in the file, YYYY-MM' }) months: string[];
  @ApiProperty({ description: 'Figures that did not exist before' }) created: number;
  @ApiProperty({ description: 'Figures that replaced an earlier import of the same person, month and KPI (or brand)' }) replaced: number;
}

export class KpiValueDto {
  @ApiProperty({ enum: ALL_KPIS }) kpi: string;
  @ApiProperty({ nullable: true, type: Number }) numerator: number | null;
  @ApiProperty({ nullable: true, type: Number }) denominator: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'The rate (0–1 for shares) or amount; null without data' }) value:
    number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'What the value is judged against: the target, or last year for year-on-year KPIs',
  })
  target: number | null;
  @ApiProperty({ enum: STATUSES }) status: TargetStatus;
}

export class BrandForecastDto {
  @ApiProperty() brand: string;
  @ApiProperty() keyBrand: boolean;
  @ApiProperty({ description: 'On the year’s list of new brands (新品牌)' }) newBrand: boolean;
  @ApiProperty() forecast: number;
  @ApiProperty() actual: number;
  @ApiProperty() accuracy: number;
}

export class ForecastMonthDto {
  @ApiProperty({ nullable: true, type: Number, description: 'Volume-weighted over all brands' }) total: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Volume-weighted over the national key brands' }) keyBrands: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Volume-weighted over the year’s new brands (新品牌)' }) newBrands:
    number | null;
  @ApiProperty({ type: [BrandForecastDto] }) brands: BrandForecastDto[];
}

export class KpiMonthDto {
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ type: [KpiValueDto], description: 'Every KPI in definition order, no_data where none was imported' })
  values: KpiValueDto[];
  @ApiProperty({ type: ForecastMonthDto }) forecast: ForecastMonthDto;
}

export class PersonKpisDto {
  @ApiProperty({ type: PersonRefDto }) person: PersonRefDto;
  @ApiProperty({ type: [KpiMonthDto], description: 'Oldest first' }) months: KpiMonthDto[];
}

export class UnitKpiSummaryDto {
  @ApiProperty({ enum: ALL_KPIS }) kpi: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Σ numerators over the subtree (Σ accurate volume for forecasts)' }) numerator:
    number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Σ denominators over the subtree, e.g. guidance cases verified' }) denominator:
    number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Pooled over the subtree: Σ numerators / Σ denominators (volume-weighted for forecasts)',
  })
  value: number | null;
  @ApiProperty({ nullable: true, type: Number }) target: number | null;
  @ApiProperty({ enum: STATUSES }) status: TargetStatus;
  @ApiProperty({ description: 'People with data this month' }) reported: number;
  @ApiProperty({ description: 'Of those, meeting the target' }) met: number;
}

export class PersonKpiRowDto extends PersonRefDto {
  @ApiProperty({ type: [KpiValueDto] }) values: KpiValueDto[];
  @ApiProperty({ description: 'KPIs missed this month' }) missed: number;
}

export class UnitKpisDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ description: 'Staff in the subtree' }) people: number;
  @ApiProperty({ type: [UnitKpiSummaryDto] }) kpis: UnitKpiSummaryDto[];
  @ApiProperty({ type: [PersonKpiRowDto], description: 'One page of people, most missed first, then by name' }) page: PersonKpiRowDto[];
  @ApiProperty() total: number;
}

export class ListedBrandDto {
  @ApiProperty({ maxLength: 64 })
  @IsString()
  @MaxLength(64)
  brand: string;

  @ApiProperty({ enum: BRAND_KINDS, description: 'key: 前20个全国卷烟重点骨干品牌; new: 新品牌' })
  @IsIn(BRAND_KINDS)
  kind: BrandKind;
}

export class BrandListQueryDto {
  @ApiProperty({ example: 2026, minimum: 2000, maximum: 2100 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}

export class ReplaceBrandListDto {
  @ApiProperty({ example: 2026, minimum: 2000, maximum: 2100 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiProperty({ type: [ListedBrandDto] })
  @ValidateNested({ each: true })
  @Type(() => ListedBrandDto)
  @ArrayMaxSize(500)
  brands: ListedBrandDto[];
}

export class BrandListImportQueryDto extends BrandListQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: check only, write nothing' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: string;
}

export class BrandListDto {
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ type: [ListedBrandDto], description: 'Key brands first, then by name' }) brands: ListedBrandDto[];
}

export class BrandListImportDto extends BrandListDto {
  @ApiProperty({ description: 'false on a dry run: the list as it would be, nothing written' }) written: boolean;
}
