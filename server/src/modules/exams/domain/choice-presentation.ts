import { opaqueChoiceIds, secureRandom, shuffled } from '../../question-bank/domain/choice-ids';
import type { Choice, QuestionContent } from '../../question-bank/domain/question-draft';

export type ChoiceList = 'options' | 'left' | 'right' | 'items';

/**
 * How one question's lists are shown to one candidate, kept with the attempt's slot
 * (`attempt_slot.choice_order`): per list the stored ids in the order shown, and under `ids` the id
 * the candidate sees for each stored id. Slots of attempts started before ids were hidden have no
 * `ids` (their candidates saw the stored ids) and may lack a list (shown in stored order).
 */
export interface ChoiceOrder extends Partial<Record<ChoiceList, string[]>> {
  ids?: Partial<Record<ChoiceList, Record<string, string>>>;
}

/** Derives a list's shown ids instead of drawing them (practice keeps nothing between showing and answering). */
export type ShownIds = (list: ChoiceList, storedIds: string[]) => string[];

type Content = QuestionContent;

function listsOf(content: Content): Array<[ChoiceList, Choice[]]> {
  switch (content.type) {
    case 'single':
    case 'multiple':
      return [['options', content.options]];
    case 'matching':
      return [
        ['left', content.left],
        ['right', content.right],
      ];
    case 'ordering':
      return [['items', content.items]];
    case 'true_false':
    case 'fill_blank':
    case 'numeric':
    case 'essay':
      return [];
  }
}

/**
 * A new presentation: every list in a uniformly random order, under ids drawn afresh (or derived
 * by `shownIds`), so neither the order nor the ids depend on the key or on the stored ids. Null for
 * types without lists. Every place that shows a question to a candidate — an exam slot, practice,
 * a paper's preview — draws its presentation here.
 */
export function choosePresentation(content: Content, options: { random?: () => number; shownIds?: ShownIds } = {}): ChoiceOrder | null {
  const random = options.random ?? secureRandom;
  const lists = listsOf(content);
  if (lists.length === 0) return null;
  const order: ChoiceOrder = { ids: {} };
  for (const [list, choices] of lists) {
    const stored = choices.map((c) => c.id);
    const shown = options.shownIds ? options.shownIds(list, stored) : opaqueChoiceIds(stored.length, random);
    order[list] = shuffled(stored, random);
    order.ids![list] = Object.fromEntries(stored.map((id, i) => [id, shown[i]]));
  }
  return order;
}

type IdMap = (list: ChoiceList, id: string) => string;

const shownId =
  (order: ChoiceOrder | null): IdMap =>
  (list, id) =>
    order?.ids?.[list]?.[id] ?? id;

function storedId(order: ChoiceOrder | null): IdMap {
  const inverse = new Map(
    Object.entries(order?.ids ?? {}).map(([list, ids]) => [list, new Map(Object.entries(ids).map(([stored, shown]) => [shown, stored]))]),
  );
  return (list, id) => {
    const ids = inverse.get(list);
    if (!ids) return id;
    const stored = ids.get(id);
    // answers reach here only after passing the shape check against the presented question
    if (stored === undefined) throw new Error(`no ${list} shown as ${id}`);
    return stored;
  };
}

/** An answer or a key with every choice id passed through `map`; anything else as it is. */
function mapIds(type: Content['type'], value: unknown, map: IdMap): unknown {
  if (value === null || value === undefined) return value;
  switch (type) {
    case 'single':
      return typeof value === 'string' ? map('options', value) : value;
    case 'multiple':
      return Array.isArray(value) ? value.map((id: unknown) => (typeof id === 'string' ? map('options', id) : id)) : value;
    case 'ordering':
      return Array.isArray(value) ? value.map((id: unknown) => (typeof id === 'string' ? map('items', id) : id)) : value;
    case 'matching':
      return typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(
            Object.entries(value as Record<string, unknown>).map(([l, r]) => [map('left', l), typeof r === 'string' ? map('right', r) : r]),
          )
        : value;
    case 'true_false':
    case 'fill_blank':
    case 'numeric':
    case 'essay':
      return value;
  }
}

function shownList(list: ChoiceList, choices: Choice[], order: ChoiceOrder | null): Choice[] {
  const byId = new Map(choices.map((c) => [c.id, c]));
  const listed = (order?.[list] ?? []).filter((id) => byId.has(id));
  const rest = choices.map((c) => c.id).filter((id) => !listed.includes(id));
  const map = shownId(order);
  return [...listed, ...rest].map((id) => ({ id: map(list, id), text: byId.get(id)!.text }));
}

/**
 * The question as its candidate sees it: lists in the order shown, under the ids shown, and the
 * key in those ids (for the review, when the policy shows it). Grading never sees this: it reads the
 * stored question and the stored answer.
 */
export function presentedContent(content: Content, order: ChoiceOrder | null): Content {
  const key = (answer: unknown) => mapIds(content.type, answer, shownId(order));
  switch (content.type) {
    case 'single': {
      // partial credit, like the key, is named in the ids shown, never the stored ones
      const credit = content.credit && {
        credit: Object.fromEntries(Object.entries(content.credit).map(([id, c]) => [shownId(order)('options', id), c])),
      };
      return { ...content, options: shownList('options', content.options, order), answer: key(content.answer) as string, ...credit };
    }
    case 'multiple':
      return { ...content, options: shownList('options', content.options, order), answer: key(content.answer) as string[] };
    case 'matching':
      return {
        ...content,
        left: shownList('left', content.left, order),
        right: shownList('right', content.right, order),
        answer: key(content.answer) as Record<string, string>,
      };
    case 'ordering':
      return { ...content, items: shownList('items', content.items, order), answer: key(content.answer) as string[] };
    case 'true_false':
    case 'fill_blank':
    case 'numeric':
    case 'essay':
      return content;
  }
}

/** A candidate's answer, already checked against the presented question, in the stored ids it is saved and graded in. */
export function storedAnswer(content: Content, order: ChoiceOrder | null, answer: unknown): unknown {
  return mapIds(content.type, answer, storedId(order));
}

/** A saved answer in the ids its candidate sees. */
export function shownAnswer(content: Content, order: ChoiceOrder | null, answer: unknown): unknown {
  return mapIds(content.type, answer, shownId(order));
}
