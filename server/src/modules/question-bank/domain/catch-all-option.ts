import type { QuestionDraft } from './question-draft';
import { itemText } from './item-text';

/**
 * Options that speak about the other options (以上都对, 以上都不对, 都不是, 以上皆是 …): a
 * candidate who knows two options are right picks "all of the above" without knowing the third,
 * and "none of the above" tests only what is wrong. Returns the ids of such options.
 */
const CATCH_ALL = /^(以上|上述|前述)?(选项)?(都|均|全|皆|全部)(对|正确|是|不对|不正确|错误|不是|对的|错的)|^(以上|上述)(说法|选项|答案)?(都|均|全|皆)?(对|正确|错误|不对|不正确|皆非|皆是)|^(以上|上述)(都|均)?(不|没有)|^都不是|^全都是|^(all|none)oftheabove/;

export function catchAllOptions(draft: QuestionDraft): string[] {
  if (draft.type !== 'single' && draft.type !== 'multiple') return [];
  return draft.options.filter((o) => CATCH_ALL.test(itemText(o.text))).map((o) => o.id);
}
