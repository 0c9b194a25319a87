import { defineErrors } from '../errors/error-catalogue';

/**
 * Errors the edge raises before any module sees the request (validation, body parsing, uploads,
 * unknown routes), and the code of each status when something outside a catalogue answers it.
 */
export const PlatformErrors = defineErrors({
  'common.validation.failed': { kind: 'invalid', message: '请求内容不符合要求' },
  'common.validation.invalidText': { kind: 'invalid', message: '文本中含有不允许的字符' },
  'common.validation.invalidNumber': { kind: 'invalid', message: '数字超出允许的范围' },
  'common.validation.tooDeep': { kind: 'invalid', message: '请求体的嵌套超过 {limit} 层，已拒绝' },
  'common.invalidJson': { kind: 'invalid', message: '请求体不是有效的 JSON' },
  'common.badRequest': { kind: 'invalid', message: '请求无效' },
  'common.unauthenticated': { kind: 'unauthenticated', message: '请先登录' },
  'common.forbidden': { kind: 'forbidden', message: '没有权限执行此操作' },
  'common.notFound': { kind: 'not_found', message: '请求的内容不存在' },
  'common.conflict': { kind: 'conflict', message: '与当前数据冲突，请刷新后重试' },
  'common.unprocessable': { kind: 'unprocessable', message: '无法处理提交的内容' },
  'common.bodyTooLarge': { kind: 'too_large', message: '请求体过大' },
  'common.throttled': { kind: 'throttled', message: '请求过于频繁，请稍后再试' },
  'common.internal': { kind: 'internal', message: '服务器内部错误，请稍后重试' },
  'common.unavailable': { kind: 'unavailable', message: '服务暂时不可用，请稍后重试' },
  'common.diskFull': {
    kind: 'unavailable',
    message: '服务器磁盘空间已满，这次保存没有完成（之前已保存的内容不受影响）。请通知管理员释放磁盘空间后重试',
  },
  'files.tooLarge': { kind: 'too_large', message: '文件过大：上限 {maxMegabytes} MB' },
  /** The problem is zip-guard's own sentence (damaged, ZIP64, too many entries, a bomb). */
  'files.unsafeArchive': { kind: 'unprocessable', message: '{problem}' },
});
