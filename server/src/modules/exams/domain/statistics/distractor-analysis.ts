/**
 * Distractor analysis: how often each option of a choice item was picked, so a setter can see a
 * wrong option nobody falls for, or one that draws more candidates than the key. Moodle's response
 * analysis counts the same way for multichoice (question/classes/statistics/responses/analyser.php):
 * a multiple-response answer counts once for every option ticked, so a multiple item's option
 * percentages can add up to more than 100; unticked options are not counted.
 */
export interface ItemResponse {
  item: number;
  /** the option id chosen, or ids joined by commas ('A,C') for a multiple item; '' when left blank */
  response: string;
}

export interface ResponseTally {
  count: number;
  /** count / responses × 100; null when the item has no responses */
  percent: number | null;
}

export interface OptionTally extends ResponseTally {
  option: string;
}

export interface ItemDistractors {
  item: number;
  /** response records for this item, blank ones included */
  responses: number;
  blank: ResponseTally;
  /** known options first, in the order given, then any other option seen, in code-point order */
  options: OptionTally[];
}

/**
 * @param knownOptions per item, the option ids the item offers, so an option nobody chose still
 *   shows with 0; items without an entry list only the options seen.
 */
export function distractorAnalysis(
  records: readonly ItemResponse[],
  knownOptions: ReadonlyArray<readonly string[] | undefined> = [],
): ItemDistractors[] {
  const byItem = new Map<number, { responses: number; blank: number; counts: Map<string, number> }>();
  const tallyFor = (item: number) => {
    let tally = byItem.get(item);
    if (!tally) {
      tally = { responses: 0, blank: 0, counts: new Map(knownOptions[item]?.map((option) => [option, 0])) };
      byItem.set(item, tally);
    }
    return tally;
  };

  knownOptions.forEach((options, item) => {
    if (options) tallyFor(item);
  });
  for (const { item, response } of records) {
    const tally = tallyFor(item);
    tally.responses += 1;
    const chosen = chosenOptions(response);
    if (chosen.length === 0) tally.blank += 1;
    for (const option of chosen) tally.counts.set(option, (tally.counts.get(option) ?? 0) + 1);
  }

  return [...byItem.entries()]
    .sort(([a], [b]) => a - b)
    .map(([item, { responses, blank, counts }]) => {
      const percent = (count: number) => (responses === 0 ? null : (100 * count) / responses);
      const known = knownOptions[item] ?? [];
      const others = [...counts.keys()].filter((option) => !known.includes(option)).sort();
      return {
        item,
        responses,
        blank: { count: blank, percent: percent(blank) },
        options: [...known, ...others].map((option) => {
          const count = counts.get(option) ?? 0;
          return { option, count, percent: percent(count) };
        }),
      };
    });
}

/** 'A, C,A' → ['A', 'C']: ids trimmed, blanks dropped, each option counted once per response. */
function chosenOptions(response: string): string[] {
  return [
    ...new Set(
      response
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    ),
  ];
}
