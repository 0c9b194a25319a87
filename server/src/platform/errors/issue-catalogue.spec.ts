import { defineIssues, registeredIssueCodes } from './issue-catalogue';

const ProbeIssues = defineIssues({
  'probe.row.answerUnknown': '答案「{answer}」不是任何一个选项',
  'probe.row.stemEmpty': '题干不能为空',
});

describe('issue catalogues', () => {
  it('gives the code, the params and the filled-in zh-CN message', () => {
    expect(ProbeIssues['probe.row.answerUnknown']({ answer: 'E' })).toEqual({
      code: 'probe.row.answerUnknown',
      params: { answer: 'E' },
      message: '答案「E」不是任何一个选项',
    });
    expect(ProbeIssues['probe.row.stemEmpty']()).toEqual({ code: 'probe.row.stemEmpty', message: '题干不能为空' });
  });

  it('registers every code for the OpenAPI document, and refuses a code declared twice or badly named', () => {
    expect(registeredIssueCodes()).toEqual(expect.arrayContaining(['probe.row.answerUnknown', 'probe.row.stemEmpty']));
    expect(() => defineIssues({ 'probe.row.stemEmpty': 'again' })).toThrow('declared twice');
    expect(() => defineIssues({ 'Probe row': 'x' })).toThrow('module.dotted.camelCase');
  });
});
