interface Choice {
  id: string;
  text: string;
}

/**
 * The id a candidate was shown for a stored choice: the shown one with the same text. Tests that
 * know a question's stored key answer with this, as a candidate who knows the answer would.
 */
export function shownIdOf(shown: Choice[], stored: Choice[], storedId: string): string {
  const text = stored.find((c) => c.id === storedId)?.text;
  const found = shown.find((c) => c.text === text);
  if (!found) throw new Error(`no shown choice reads like stored ${storedId}`);
  return found.id;
}
