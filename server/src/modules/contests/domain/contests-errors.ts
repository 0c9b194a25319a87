import { defineErrors } from '../../../platform/errors/error-catalogue';

/** Every error the contests module raises, declared once. */
export const ContestsErrors = defineErrors({
  'contests.contest.notFound': { kind: 'not_found', message: '竞赛不存在或不在您的管理范围内' },
  'contests.contest.notSpeech': { kind: 'conflict', message: '这不是演讲比赛' },
  'contests.rubric.invalid': { kind: 'invalid', message: 'rubric: {reason}' },
  'contests.speaker.notFound': { kind: 'not_found', message: '选手不存在或不属于此竞赛' },
  'contests.speaker.taken': { kind: 'conflict', message: 'userIds[{index}]: 此人已是本竞赛的选手' },
  'contests.judge.notOnPanel': { kind: 'not_found', message: '此人不是本竞赛的评委' },
  'contests.judge.notYourself': { kind: 'forbidden', message: '评委只能以自己的身份评分' },
  'contests.judge.isSpeaker': { kind: 'conflict', message: 'userIds[{index}]: 选手不能同时担任评委' },
  'contests.score.unknownItem': { kind: 'unprocessable', message: 'items.{item}: 评分表中没有此项' },
  'contests.score.outOfRange': { kind: 'unprocessable', message: 'items.{item}: 分数应在 0 到 {max} 之间' },
  'contests.score.missingItem': { kind: 'unprocessable', message: 'items.{item}: 此项尚未评分' },
  'contests.speech.locked': { kind: 'conflict', message: '该选手的成绩已锁定，修改需由两名培训员申请并批准更正' },
  'contests.speech.notLocked': { kind: 'conflict', message: '该选手的成绩尚未锁定，评委可直接修改' },
  'contests.speech.noScores': { kind: 'conflict', message: '还没有评委为该选手评分，不能锁定' },
  'contests.correction.noScore': { kind: 'conflict', message: '该评委没有为此选手评过分，无可更正' },
  'contests.correction.nonePending': { kind: 'conflict', message: '没有待批准的更正' },
  'contests.correction.samePerson': { kind: 'conflict', message: '更正须由另一名培训员批准，申请人不能批准自己的申请' },
});
