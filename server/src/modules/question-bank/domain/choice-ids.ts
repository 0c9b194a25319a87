import { randomBytes } from 'node:crypto';
import type { Choice, QuestionDraft } from './question-draft';

/**
 * A uniform number in [0, 1) from the operating system's generator. Math.random's state can be
 * recovered from a few of its outputs, and a shuffle or an id is such an output.
 */
export const secureRandom = (): number => randomBytes(6).readUIntBE(0, 6) / 2 ** 48;

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const ID_LENGTH = 8;

/** `count` distinct ids that say nothing about a choice's place or role in the key. */
export function opaqueChoiceIds(count: number, random: () => number = secureRandom): string[] {
  const ids = new Set<string>();
  while (ids.size < count) {
    let id = '';
    for (let i = 0; i < ID_LENGTH; i++) id += ALPHABET[Math.floor(random() * ALPHABET.length)];
    ids.add(id);
  }
  return [...ids];
}

export function shuffled<T>(values: readonly T[], random: () => number = secureRandom): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function renamed(choices: Choice[], random: () => number): { choices: Choice[]; rename: (id: string) => string } {
  const ids = opaqueChoiceIds(choices.length, random);
  const byOld = new Map(choices.map((c, i) => [c.id, ids[i]]));
  return { choices: choices.map((c, i) => ({ id: ids[i], text: c.text })), rename: (id) => byOld.get(id) ?? id };
}

/**
 * The draft as it is stored on import: every list's ids replaced by random ones (the key follows),
 * and ordering items and matching answers in a random order. Sources write those two in the key's
 * order (Moodle's ordering answers, one `左项=右项` per row), and ids such as S1…Sn or L1→R1 would
 * carry that order into every later export. Options keep the order their author gave them.
 */
export function withOpaqueChoiceIds(draft: QuestionDraft, random: () => number = secureRandom): QuestionDraft {
  switch (draft.type) {
    case 'single': {
      const options = renamed(draft.options, random);
      const credit = draft.credit && { credit: Object.fromEntries(Object.entries(draft.credit).map(([id, c]) => [options.rename(id), c])) };
      return { ...draft, options: options.choices, answer: options.rename(draft.answer), ...credit };
    }
    case 'multiple': {
      const options = renamed(draft.options, random);
      return { ...draft, options: options.choices, answer: draft.answer.map(options.rename) };
    }
    case 'matching': {
      const left = renamed(draft.left, random);
      const right = renamed(draft.right, random);
      const answer = Object.fromEntries(Object.entries(draft.answer).map(([l, r]) => [left.rename(l), right.rename(r)]));
      return { ...draft, left: left.choices, right: shuffled(right.choices, random), answer };
    }
    case 'ordering': {
      const items = renamed(draft.items, random);
      return { ...draft, items: shuffled(items.choices, random), answer: draft.answer.map(items.rename) };
    }
    case 'true_false':
    case 'fill_blank':
    case 'numeric':
    case 'essay':
      return draft;
  }
}
