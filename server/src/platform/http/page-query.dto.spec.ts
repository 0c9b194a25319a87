import { ArgumentMetadata, BadRequestException } from '@nestjs/common';
import { MonthPageQueryDto } from './month-query.dto';
import { PageQueryDto } from './page-query.dto';
import { createValidationPipe } from './validation';

const read = (metatype: ArgumentMetadata['metatype'], query: Record<string, string>) =>
  createValidationPipe().transform(query, { type: 'query', metatype }) as Promise<{ page: number; pageSize: number }>;

describe('paged list queries', () => {
  it('default to page 1 of 20 rows, and a unit month to 50 rows', async () => {
    expect(await read(PageQueryDto, {})).toMatchObject({ page: 1, pageSize: 20 });
    expect(await read(MonthPageQueryDto, {})).toMatchObject({ page: 1, pageSize: 50 });
    expect(await read(MonthPageQueryDto, { page: '3', pageSize: '10' })).toMatchObject({ page: 3, pageSize: 10 });
  });

  it('refuse a page below 1 or more than 200 rows, for a unit month too', async () => {
    for (const query of [{ page: '0' }, { pageSize: '201' }] as Array<Record<string, string>>) {
      await expect(read(MonthPageQueryDto, query)).rejects.toBeInstanceOf(BadRequestException);
      await expect(read(PageQueryDto, query)).rejects.toBeInstanceOf(BadRequestException);
    }
  });
});
