/**
 * A small diff for question texts: Latin words and numbers are tokens, every Chinese character is
 * a token (Chinese has no spaces between words), and so is every space and punctuation mark.
 * Longest common subsequence over tokens; adjacent pieces of the same kind are merged.
 */
export type DiffOp = 'equal' | 'insert' | 'delete'
export interface DiffPiece {
  op: DiffOp
  text: string
}

/** Above this many table cells the texts are shown as one deletion and one insertion. */
const MAX_CELLS = 4_000_000

export function tokenize(text: string): string[] {
  return text.match(/[A-Za-z0-9_.%-]+|\s+|[\s\S]/gu) ?? []
}

function push(out: DiffPiece[], op: DiffOp, text: string): void {
  if (!text) return
  const last = out[out.length - 1]
  if (last && last.op === op) last.text += text
  else out.push({ op, text })
}

export function diffText(before: string, after: string): DiffPiece[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : []
  const a = tokenize(before)
  const b = tokenize(after)
  // Common head and tail need no table.
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const midA = a.slice(head, a.length - tail)
  const midB = b.slice(head, b.length - tail)

  const out: DiffPiece[] = []
  push(out, 'equal', a.slice(0, head).join(''))
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    push(out, 'delete', midA.join(''))
    push(out, 'insert', midB.join(''))
  } else {
    const n = midA.length
    const m = midB.length
    // lcs[i][j]: length of the LCS of midA[i..] and midB[j..], in one flat array.
    const lcs = new Uint32Array((n + 1) * (m + 1))
    const at = (i: number, j: number) => i * (m + 1) + j
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[at(i, j)] = midA[i] === midB[j] ? (lcs[at(i + 1, j + 1)] ?? 0) + 1 : Math.max(lcs[at(i + 1, j)] ?? 0, lcs[at(i, j + 1)] ?? 0)
      }
    }
    let i = 0
    let j = 0
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        push(out, 'equal', midA[i++] ?? '')
        j++
      } else if ((lcs[at(i + 1, j)] ?? 0) >= (lcs[at(i, j + 1)] ?? 0)) {
        push(out, 'delete', midA[i++] ?? '')
      } else {
        push(out, 'insert', midB[j++] ?? '')
      }
    }
    push(out, 'delete', midA.slice(i).join(''))
    push(out, 'insert', midB.slice(j).join(''))
  }
  push(out, 'equal', a.slice(a.length - tail).join(''))
  return out
}
