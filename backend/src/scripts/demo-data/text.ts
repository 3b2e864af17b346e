/** Small Russian text helpers: transliteration, adjective agreement, XML escaping. */

const LATIN: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
}

/** Russian → latin kebab-case: «Тёплые носки с косами» → "teplye-noski-s-kosami". */
export function transliterate(text: string): string {
  return Array.from(text.toLowerCase())
    .map((ch) => LATIN[ch] ?? ch)
    .join("")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}

/** Grammatical gender of a noun phrase; "pl" for plurals like «носки», «серьги». */
export type Gender = "m" | "f" | "n" | "pl"

const VELAR = "гкх"
const SIBILANT = "жшчщ"

/**
 * Agrees an adjective given in the masculine (nominative singular) with a noun's gender:
 * вязаный → вязаная/вязаное/вязаные, мягкий → мягкая/мягкое/мягкие,
 * домашний → домашняя/домашнее/домашние, льняной → льняная/льняное/льняные.
 */
export function agree(masculine: string, gender: Gender): string {
  if (gender === "m") return masculine
  const stem = masculine.slice(0, -2)
  const ending = masculine.slice(-2)
  const last = stem.slice(-1)
  const hard = VELAR.includes(last) || SIBILANT.includes(last)
  if (ending === "ый" || ending === "ой") {
    return stem + { f: "ая", n: "ое", pl: hard ? "ие" : "ые" }[gender]
  }
  if (ending === "ий" && VELAR.includes(last)) {
    return stem + { f: "ая", n: "ое", pl: "ие" }[gender]
  }
  if (ending === "ий" && SIBILANT.includes(last)) {
    return stem + { f: "ая", n: "ее", pl: "ие" }[gender]
  }
  if (ending === "ий") {
    return stem + { f: "яя", n: "ее", pl: "ие" }[gender]
  }
  throw new Error(`agree: unsupported adjective «${masculine}»`)
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
}

/** Greedy word wrap into at most `maxLines` lines; the overflow is cut with an ellipsis. */
export function wrapWords(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1]
    if (last !== undefined && (last + " " + word).length <= maxChars) {
      lines[lines.length - 1] = last + " " + word
    } else {
      lines.push(word)
    }
  }
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  const tail = kept[maxLines - 1]
  kept[maxLines - 1] = (tail.length >= maxChars ? tail.slice(0, maxChars - 1) : tail) + "…"
  return kept
}
