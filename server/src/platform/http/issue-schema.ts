import type { ApiPropertyOptions } from '@nestjs/swagger';

/** An import row's or a draft field's issue code (the IssueCode enum buildOpenApiDocument adds) and its params. */
export const ISSUE_CODE_PROPERTY: ApiPropertyOptions = {
  allOf: [{ $ref: '#/components/schemas/IssueCode' }],
  description: 'Stable code of the problem; the client translates by it (client/src/i18n/issue-texts.*.ts)',
};

export const ISSUE_PARAMS_PROPERTY: ApiPropertyOptions = {
  type: 'object',
  description: 'What a translation of the code needs, by placeholder name',
  additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
};
