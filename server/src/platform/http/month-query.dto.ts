import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from './page-query.dto';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = 'month 须为 YYYY-MM 格式的月份，例如 2026-11';

/** A person's month-by-month history: how many months, ending at which. */
export class MonthHistoryQueryDto {
  @ApiPropertyOptional({ default: 12, minimum: 1, maximum: 60 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  months: number = 12;

  @ApiPropertyOptional({ example: '2026-11', description: 'The last month shown; the current month when absent' })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month?: string;
}

/** A unit's month, one page of its people at a time. */
export class MonthPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: '2026-11',
    description: 'The month shown (for levels, the month their window ends in); the current month when absent',
  })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month?: string;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  override pageSize: number = 50;
}
