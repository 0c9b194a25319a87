import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { hostileNumberProblems, hostileTextProblems } from './hostile-values';
import { PlatformErrors } from './platform-errors';

/**
 * Chinese wording for the constraints the DTOs use, so a trainer reads one language whether a rule
 * lives in a DTO or in a service; the field path always comes first. Others keep class-validator's text.
 */
const CHINESE: Record<string, (args: string) => string> = {
  whitelistValidation: () => '不允许的字段（请删除）',
  isDefined: () => '不能为空',
  isNotEmpty: () => '不能为空',
  isString: () => '须为文本',
  isInt: () => '须为整数',
  isNumber: () => '须为数字',
  isBoolean: () => '须为 true 或 false',
  isArray: () => '须为数组',
  isUuid: () => '须为有效的 ID（UUID）',
  isDate: () => '须为有效的日期时间',
  isIso8601: () => '须为 ISO 8601 日期时间',
  isIn: (args) => `须为以下之一：${args}`,
  min: (args) => `不能小于 ${args}`,
  max: (args) => `不能大于 ${args}`,
  minLength: (args) => `长度不能少于 ${args}`,
  maxLength: (args) => `长度不能超过 ${args}`,
  arrayMinSize: (args) => `至少需要 ${args} 项`,
  arrayMaxSize: (args) => `最多 ${args} 项`,
  isPositive: () => '须大于 0',
  matches: () => '格式不正确',
  nestedValidation: () => '须为对象',
};

/** class-validator puts the constraint's arguments at the end of its default message; take them from there. */
function argsOf(constraint: string, text: string): string {
  const match =
    /(?:one of the following values|less than|greater than|shorter than or equal to|longer than or equal to|at least|not contain more than)[:\s]*([^\s].*?)(?: characters| elements)?$/.exec(
      text,
    );
  return match?.[1] ?? (constraint === 'isIn' ? (text.split(': ').pop() ?? '') : '');
}

function flatten(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, text]) => {
      const chinese = CHINESE[constraint];
      return chinese
        ? `${path}: ${chinese(argsOf(constraint, text))}`
        : text.startsWith(error.property)
          ? `${path}${text.slice(error.property.length)}`
          : `${path}: ${text}`;
    });
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/**
 * Unknown fields are refused (not silently dropped) so a typo or a mass-assignment attempt is visible.
 * Before any DTO rule, every text of the body, query and path (keys included) is checked for what no
 * field may hold (a NUL, a lone surrogate); after conversion, every number in a query string must be a
 * plain 32-bit one — so a DTO that forgets a bound still answers 400, never a database error.
 */
export function createValidationPipe(): ValidationPipe {
  return new EdgeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new BadRequestException({ code: PlatformErrors['common.validation.failed'].code, message: flatten(errors) }),
  });
}

class EdgeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const textProblems = hostileTextProblems(value, metadata.data ?? '');
    if (textProblems.length)
      throw new BadRequestException({ code: PlatformErrors['common.validation.invalidText'].code, message: textProblems });
    const transformed: unknown = await super.transform(value, metadata);
    if (metadata.type === 'query') {
      const numberProblems = hostileNumberProblems(transformed);
      if (numberProblems.length)
        throw new BadRequestException({ code: PlatformErrors['common.validation.invalidNumber'].code, message: numberProblems });
    }
    return transformed;
  }
}
