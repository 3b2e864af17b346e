/**
 * ИНН checks per the Federal Tax Service algorithm:
 * each control digit is (Σ wᵢ·dᵢ mod 11) mod 10 over the preceding digits.
 */
const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]

export type InnKind = "organization" | "individual"

export type InnCheck =
  | { valid: true; kind: InnKind }
  | { valid: false; reason: "format" | "zeros" | "checksum" }

export function innControlDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i], 0)
  return (sum % 11) % 10
}

export function checkInn(raw: string): InnCheck {
  const inn = (raw ?? "").trim()
  if (!/^\d{10}$|^\d{12}$/.test(inn)) {
    return { valid: false, reason: "format" }
  }
  if (/^0+$/.test(inn)) {
    return { valid: false, reason: "zeros" }
  }
  const d = inn.split("").map(Number)
  if (d.length === 10) {
    return innControlDigit(d, W10) === d[9]
      ? { valid: true, kind: "organization" }
      : { valid: false, reason: "checksum" }
  }
  const ok =
    innControlDigit(d, W11) === d[10] && innControlDigit(d, W12) === d[11]
  return ok ? { valid: true, kind: "individual" } : { valid: false, reason: "checksum" }
}

export function isValidInn(raw: string): boolean {
  return checkInn(raw).valid
}

/** Completes the first 10 (individual) or 9 (organization) digits with their control digits. */
export function completeInn(prefix: string): string {
  const d = prefix.split("").map(Number)
  if (d.length === 9) {
    return prefix + innControlDigit(d, W10)
  }
  if (d.length === 10) {
    const d11 = innControlDigit(d, W11)
    const d12 = innControlDigit([...d, d11], W12)
    return `${prefix}${d11}${d12}`
  }
  throw new Error("completeInn expects 9 or 10 digits")
}

/** Which ИНН length a tax status requires: organizations have 10 digits, people 12. */
export function innLengthFor(taxStatus: string): 10 | 12 {
  return taxStatus === "organization" ? 10 : 12
}
