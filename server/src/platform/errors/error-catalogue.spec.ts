import { DomainError } from './domain-error';
import { defineErrors, registeredErrorDefinitions } from './error-catalogue';

const ProbeErrors = defineErrors({
  'probe.unit.nameTaken': { kind: 'conflict', message: '同一上级下已有名为「{name}」的单位' },
  'probe.attempt.closed': { kind: 'conflict', message: '作答时间已到，答案未能保存' },
});

describe('error catalogues', () => {
  it('raises a DomainError with its code, kind, filled-in zh-CN message and the params', () => {
    const error = ProbeErrors['probe.unit.nameTaken']({ name: '城中三组' });
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'probe.unit.nameTaken',
      kind: 'conflict',
      message: '同一上级下已有名为「城中三组」的单位',
      params: { name: '城中三组' },
    });
  });

  it('keeps details and Retry-After apart from the params', () => {
    const error = ProbeErrors['probe.attempt.closed']({ details: { reason: 'deadline' }, retryAfterSeconds: 5 });
    expect(error).toMatchObject({ params: undefined, details: { reason: 'deadline' }, retryAfterSeconds: 5 });
  });

  it('registers every code for the OpenAPI document, and refuses a code declared twice or badly named', () => {
    expect(registeredErrorDefinitions().map((d) => d.code)).toEqual(
      expect.arrayContaining(['probe.unit.nameTaken', 'probe.attempt.closed']),
    );
    expect(() => defineErrors({ 'probe.attempt.closed': { kind: 'conflict', message: 'again' } })).toThrow('declared twice');
    expect(() => defineErrors({ 'Probe closed': { kind: 'conflict', message: 'x' } })).toThrow('module.dotted.camelCase');
  });
});
