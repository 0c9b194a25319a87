import { speechState, type LoggedEvent } from './speech-state';

let seq = 0;
const at = new Date('2026-12-07T02:00:00Z');
const ev = (type: string, payload: object, actorId = 'host'): LoggedEvent => ({ seq: ++seq, type, payload, actorId, createdAt: at });
const sheet = (total: number) => ({ items: { content: total }, total });

describe('the speech contest as its log says', () => {
  it('keeps each judge’s last sheet, freezes a speaker when locked, and applies an approved correction', () => {
    const state = speechState([
      ev('speech.scored', { speakerId: 's1', judgeId: 'j1', ...sheet(80) }, 'j1'),
      ev('speech.scored', { speakerId: 's1', judgeId: 'j1', ...sheet(82) }, 'j1'),
      ev('knowledge.buzz', { anything: true }),
      ev('speech.timed', { speakerId: 's1', seconds: 320 }),
      ev('speech.locked', { speakerId: 's1' }),
      ev('speech.scored', { speakerId: 's1', judgeId: 'j1', ...sheet(99) }, 'j1'),
      ev('speech.correctionRequested', { speakerId: 's1', judgeId: 'j1', reason: '录入错误', ...sheet(85) }, 'trainerA'),
    ]);
    expect(state.sheets.get('s1')!.get('j1')!.total).toBe(82);
    expect(state.locked.has('s1')).toBe(true);
    expect(state.seconds.get('s1')).toBe(320);
    expect([...state.pending.values()].map((p) => [p.total, p.requestedBy])).toEqual([[85, 'trainerA']]);

    const after = speechState([
      ev('speech.scored', { speakerId: 's1', judgeId: 'j1', ...sheet(82) }, 'j1'),
      ev('speech.locked', { speakerId: 's1' }),
      ev('speech.correctionRequested', { speakerId: 's1', judgeId: 'j1', reason: '录入错误', ...sheet(85) }, 'trainerA'),
      ev('speech.correctionApproved', { speakerId: 's1', judgeId: 'j1' }, 'trainerB'),
    ]);
    expect(after.sheets.get('s1')!.get('j1')!.total).toBe(85);
    expect(after.pending.size).toBe(0);
    expect(after.changes.map((c) => [c.reason, c.before, c.after, c.note, c.actorId, c.approvedBy])).toEqual([
      ['scored', null, 82, '', 'j1', null],
      ['corrected', 82, 85, '录入错误', 'trainerA', 'trainerB'],
    ]);
  });

  it('reads the log in seq order, whatever order the rows came in', () => {
    const a = ev('speech.scored', { speakerId: 's1', judgeId: 'j1', ...sheet(70) });
    const b = ev('speech.scored', { speakerId: 's1', judgeId: 'j1', ...sheet(75) });
    expect(speechState([b, a]).sheets.get('s1')!.get('j1')!.total).toBe(75);
  });

  it('drops a rejected correction without changing the score', () => {
    const state = speechState([
      ev('speech.scored', { speakerId: 's1', judgeId: 'j1', ...sheet(82) }),
      ev('speech.locked', { speakerId: 's1' }),
      ev('speech.correctionRequested', { speakerId: 's1', judgeId: 'j1', reason: 'x', ...sheet(50) }),
      ev('speech.correctionRejected', { speakerId: 's1', judgeId: 'j1' }),
    ]);
    expect(state.pending.size).toBe(0);
    expect(state.sheets.get('s1')!.get('j1')!.total).toBe(82);
  });
});
