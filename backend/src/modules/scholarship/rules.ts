/**
 * Scholarship rules that need no database: pure, so they are unit-tested on their own.
 * Every refusal names its field first, in Russian, the way the storefront shows it.
 */
export type Coverage = "full" | "percent"
export type ScholarshipStatus = "issued" | "redeemed" | "expired" | "revoked"
export type Refusal = { field: string; message: string }

// Codes are read aloud and typed from paper: no 0/O, 1/I/L.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

/** «SOS-XXXX-XXXX» from the given random bytes (8 are used). */
export function formatCode(bytes: Uint8Array): string {
  const chars = Array.from(bytes.slice(0, 8), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length])
  return `SOS-${chars.slice(0, 4).join("")}-${chars.slice(4, 8).join("")}`
}

/** What a code types as: spaces dropped, Latin upper case (a resident may type it in lower case). */
export function normalizeCode(raw: string): string {
  return raw.replace(/\s+/g, "").toUpperCase()
}

/**
 * The most the code can cost the center: the whole seat cap for `full`, its share for `percent`
 * (rounded up, so the reservation never falls short of the discount by a kopeck).
 */
export function reservationFor(coverage: Coverage, percent: number, maxSeatPrice: number): number {
  return coverage === "full" ? maxSeatPrice : Math.ceil((maxSeatPrice * percent) / 100)
}

/**
 * Why a code cannot pay for this cart, or null when it can. `discount` is what the promotion took
 * off this cart; `now` the moment of checking.
 */
export function checkRedemption(
  s: { status: ScholarshipStatus; expires_at: Date | string; reserved_amount: number },
  discount: number,
  now: Date
): Refusal | null {
  if (s.status === "redeemed") return { field: "code", message: "код уже использован" }
  if (s.status === "revoked") return { field: "code", message: "код отозван менеджером центра" }
  if (s.status === "expired" || new Date(s.expires_at).getTime() <= now.getTime()) {
    return { field: "code", message: "срок действия кода истёк" }
  }
  if (discount > s.reserved_amount) {
    // one seat is all a code discounts (allocation «once»): only a seat dearer than the cap gets here
    return { field: "code", message: `место дороже, чем покрывает стипендия (до ${s.reserved_amount} ₽)` }
  }
  return null
}

/** A budget's new total may not fall under what is already held or given. */
export function checkBudgetTotal(total: number, held: { reserved: number; spent: number }): Refusal | null {
  const used = held.reserved + held.spent
  return total < used ? { field: "total", message: `не меньше уже выданного: ${used} ₽` } : null
}
