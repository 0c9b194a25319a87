import { ArgumentMetadata, BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, MaxLength } from 'class-validator';
import { createValidationPipe } from './validation';

class Probe {
  @IsString()
  @MaxLength(5)
  name: string;

  @IsInt()
  @Max(10)
  count: number;

  @IsIn(['a', 'b'])
  kind: string;
}

const metadata: ArgumentMetadata = { type: 'body', metatype: Probe };

async function messages(body: object): Promise<string[]> {
  try {
    await createValidationPipe().transform(body, metadata);
    return [];
  } catch (error) {
    return ((error as BadRequestException).getResponse() as { message: string[] }).message;
  }
}

describe('validation messages', () => {
  it('names each field, in Chinese, with the limit it broke', async () => {
    expect(await messages({ name: 'toolong', count: 11, kind: 'c' })).toEqual([
      'name: 长度不能超过 5',
      'count: 不能大于 10',
      'kind: 须为以下之一：a, b',
    ]);
  });

  it('refuses unknown fields by name', async () => {
    expect(await messages({ name: 'ok', count: 1, kind: 'a', roles: ['admin'] })).toEqual(['roles: 不允许的字段（请删除）']);
  });

  it('says what type a field must be', async () => {
    expect(await messages({ name: 3, count: 'x', kind: 'a' })).toEqual(expect.arrayContaining(['name: 须为文本', 'count: 须为整数']));
  });

  it('refuses a NUL or a lone surrogate anywhere in a request before any DTO rule, naming where it is', async () => {
    expect(await messages({ name: 'a\0', count: 1, kind: 'a' })).toEqual(['name: 不能包含空字符（NUL）']);
    expect(await messages({ name: 'ok', count: 1, kind: 'a', nested: [{ text: 'x\uD800' }] })).toEqual([
      'nested.0.text: 含有无效的 Unicode 字符（不成对的代理项）',
    ]);
    const param = createValidationPipe().transform('id\0', { type: 'param', data: 'id' });
    await expect(param).rejects.toBeInstanceOf(BadRequestException);
  });

  it('refuses a query number that is not finite or lies beyond PostgreSQL’s integer, whatever the DTO allows', async () => {
    class Page {
      @Type(() => Number)
      @IsInt()
      page: number;
    }
    const query = (page: string) => createValidationPipe().transform({ page }, { type: 'query', metatype: Page });
    await expect(query('1e300')).rejects.toMatchObject({ response: { message: ['page: 超出允许的范围（须在 ±2147483647 以内）'] } });
    await expect(query('2147483647')).resolves.toEqual({ page: 2147483647 });
  });
});
