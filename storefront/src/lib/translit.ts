// Latin addresses for artisans' pages: «Анна Петрова» → anna-petrova.
// Transliteration close to the passport (ICAO-style) one Russians know: ж zh, х kh, ц ts, щ shch.

const RU_TO_LAT: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  // Ukrainian and Belarusian letters that turn up in names
  і: "i", ї: "yi", є: "ye", ґ: "g", ў: "u",
};

/** Russian (Cyrillic) text in Latin letters; other letters lose their accents («Renée» → «Renee»). */
export function transliterate(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const lower = ch.toLowerCase();
    const lat = RU_TO_LAT[lower];
    if (lat === undefined) {
      out += ch;
    } else if (ch !== lower && lat) {
      out += lat[0].toUpperCase() + lat.slice(1);
    } else {
      out += lat;
    }
  }
  return out.normalize("NFD").replace(/\p{M}+/gu, "");
}

export const HANDLE_MIN = 3;
export const HANDLE_MAX = 60;
export const HANDLE_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Is this a valid page address: latin kebab-case, 3–60 characters. */
export function isValidHandle(handle: string): boolean {
  return handle.length >= HANDLE_MIN && handle.length <= HANDLE_MAX && HANDLE_RE.test(handle);
}

/**
 * The page address suggested for a name: «Мастерская „Глина и Лён“» → masterskaya-glina-i-len.
 * Cut at a word boundary to fit 60 characters; "" when the name gives fewer than 3 usable characters.
 */
export function suggestHandle(name: string): string {
  const words = transliterate(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  let handle = "";
  for (const word of words) {
    const next = handle ? `${handle}-${word}` : word;
    if (next.length > HANDLE_MAX) {
      if (!handle) handle = word.slice(0, HANDLE_MAX);
      break;
    }
    handle = next;
  }
  return handle.length >= HANDLE_MIN ? handle : "";
}
