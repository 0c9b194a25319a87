import type { Choice, QuestionContent, QuestionType } from '../../question-bank/domain/question-draft';

/** What a candidate's browser receives for one slot: never a key, an explanation or a rubric. */
export interface CandidateQuestion {
  slot: number;
  type: QuestionType;
  stem: string;
  points: number;
  options?: Choice[];
  left?: Choice[];
  right?: Choice[];
  items?: Choice[];
  /** fill_blank: how many blanks the stem's {{n}} marks */
  blanks?: number;
  unit?: string;
}

/** The order choices are shown in, fixed when the attempt starts so every device shows the same. */
export type ChoiceOrder = Partial<Record<'options' | 'right' | 'items', string[]>>;

type Content = QuestionContent;

export function shuffled<T>(values: readonly T[], random: () => number = Math.random): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Ordering items and matching answers are always shuffled (their stored order could give the key
 * away); options only when the sitting asks for it.
 */
export function chooseOrder(content: Content, shuffleOptions: boolean, random: () => number = Math.random): ChoiceOrder | null {
  const ids = (choices: Choice[]) => choices.map((c) => c.id);
  switch (content.type) {
    case 'single':
    case 'multiple':
      return shuffleOptions ? { options: shuffled(ids(content.options), random) } : null;
    case 'matching':
      return { right: shuffled(ids(content.right), random) };
    case 'ordering': {
      const correct = content.answer.join('|');
      let order = shuffled(ids(content.items), random);
      // showing the items already in the right order would answer the question
      for (let tries = 0; order.join('|') === correct && order.length > 1 && tries < 10; tries++) order = shuffled(order, random);
      if (order.join('|') === correct && order.length > 1) order = [...order.slice(1), order[0]];
      return { items: order };
    }
    case 'true_false':
    case 'fill_blank':
    case 'numeric':
    case 'essay':
      return null;
  }
}

function inOrder(choices: Choice[], order: string[] | undefined): Choice[] {
  if (!order) return choices.map(({ id, text }) => ({ id, text }));
  const byId = new Map(choices.map((c) => [c.id, c]));
  return order.flatMap((id) => {
    const c = byId.get(id);
    return c ? [{ id: c.id, text: c.text }] : [];
  });
}

export function candidateQuestion(slot: number, points: number, content: Content, order: ChoiceOrder | null): CandidateQuestion {
  const base = { slot, type: content.type, stem: content.stem, points };
  switch (content.type) {
    case 'single':
    case 'multiple':
      return { ...base, options: inOrder(content.options, order?.options) };
    case 'true_false':
    case 'essay':
      return base;
    case 'fill_blank':
      return { ...base, blanks: content.answer.length };
    case 'numeric':
      return { ...base, ...(content.unit && { unit: content.unit }) };
    case 'matching':
      return { ...base, left: inOrder(content.left, undefined), right: inOrder(content.right, order?.right) };
    case 'ordering':
      return { ...base, items: inOrder(content.items, order?.items) };
  }
}
