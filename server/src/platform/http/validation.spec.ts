import { ArgumentMetadata, BadRequestException } from '@nestjs/common';
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
    expect(await messages({ name: 'toolong', count: 11, kind: 'c' })).toEqual(['name: 长度不能超过 5', 'count: 不能大于 10', 'kind: 须为以下之一：a, b']);
  });

  it('refuses unknown fields by name', async () => {
    expect(await messages({ name: 'ok', count: 1, kind: 'a', roles: ['admin'] })).toEqual(['roles: 不允许的字段（请删除）']);
  });

  it('says what type a field must be', async () => {
    expect(await messages({ name: 3, count: 'x', kind: 'a' })).toEqual(expect.arrayContaining(['name: 须为文本', 'count: 须为整数']));
  });
});
