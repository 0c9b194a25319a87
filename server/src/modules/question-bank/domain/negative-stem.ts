import type { QuestionDraft } from './question-draft';

/**
 * A choice question that asks for the wrong, excluded or forbidden option (下列说法错误的是,
 * 不属于…的是, 不得…的是) is misread by candidates who skim, unless the negative word is
 * emphasised. Only the last sentence of the stem is read: that is the question being asked; a
 * rule quoted before it (零售户不得…。下列哪项正确？) is content, not the ask.
 *
 * Quoted speech (“…”) is what someone said, not the ask, and 是不是 is a yes-no question, not a
 * negation: both are left out.
 *
 * Emphasis means the negative word is wrapped in <strong>, <b>, <u> or <em>, or in 【】, （）, ()
 * or 「」, e.g. 下列说法<strong>错误</strong>的是 or 下列做法【不符合】规定的是. The empty （ ）
 * answer blank of a printed paper is not emphasis.
 */
const NEGATIVE = /不正确|不恰当|不妥|不属于|不包括|不包含|不符合|不应|不需要|不必|不能|不可以|不可|不得|不允许|不是|不宜|不会|错误|除外|无须|无需/;
const EMPHASIS = [/<(strong|b|u|em)(\s[^>]*)?>([^<]*)<\/\1>/gi, /【([^】]*)】/g, /（([^）]*)）/g, /\(([^)]*)\)/g, /「([^」]*)」/g];

export function askedSentence(stem: string): string {
  const parts = stem.replace(/<br\s*\/?>|<\/p>/gi, '。').split(/[。；;！!\n]/).map((s) => s.trim()).filter((s) => s.replace(/<[^>]*>/g, '').trim());
  return parts.length ? parts[parts.length - 1] : '';
}

export function unemphasisedNegative(draft: QuestionDraft): boolean {
  if (draft.type !== 'single' && draft.type !== 'multiple') return false;
  let asked = askedSentence(draft.stem).replace(/“[^”]*”/g, '').replace(/是不是/g, '');
  if (!NEGATIVE.test(asked.replace(/<[^>]*>/g, ''))) return false;
  for (const pattern of EMPHASIS) asked = asked.replace(pattern, (whole: string, ...groups: unknown[]) => (groups.some((g) => typeof g === 'string' && NEGATIVE.test(g)) ? '' : whole));
  return NEGATIVE.test(asked.replace(/<[^>]*>/g, ''));
}
