/**
 * Moodle XML (docs.moodle.org "Moodle XML format"), the format Moodle 4.x exports and imports:
 * moodle-xml-reader.ts reads it, moodle-xml-writer.ts writes it.
 *
 * Kaoping fields Moodle has no place for travel as prefixed tags, which Moodle keeps and shows:
 * `dimension:…`, `difficulty:…`, `source:…`, `source-article:…`, `source-date:…`, and `kaoping-range`
 * on a numeric question whose answer is a range. They are kept short and separate because Moodle
 * cuts every tag to 50 characters (TAG_MAX_LENGTH). An essay's rubric is written into the grader
 * information after a "评分要点：" heading, as a numbered list of "要点（N分）", which a grader can read.
 */
export const TAG_DIMENSION = 'dimension:';
export const TAG_DIFFICULTY = 'difficulty:';
export const TAG_SOURCE = 'source:';
export const TAG_SOURCE_ARTICLE = 'source-article:';
export const TAG_SOURCE_DATE = 'source-date:';
export const TAG_RANGE = 'kaoping-range';
