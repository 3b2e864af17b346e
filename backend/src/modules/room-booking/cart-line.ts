import { formatHm, moscowParts } from "./time"

/**
 * Paid room bookings go through the normal cart (issue 4): the booking becomes a custom line item
 * (no variant, the room's revenue is the center's), `metadata.room_booking_id` ties them together
 * and the booking's `cart_id` says which cart may pay it.
 */
export const ROOM_LINE_KEY = "room_booking_id"

/** «Аренда: Мастерская, 02.12.2026 10:00–11:30» (Moscow time). */
export function roomLineTitle(roomName: string, starts_at: Date | string, ends_at: Date | string) {
  const s = moscowParts(new Date(starts_at))
  const e = moscowParts(new Date(ends_at))
  const [y, m, d] = s.date.split("-")
  const end = e.minutes === 0 && e.date !== s.date ? "24:00" : formatHm(e.minutes)
  return `Аренда: ${roomName}, ${d}.${m}.${y} ${formatHm(s.minutes)}–${end}`
}

/** Why a booking cannot go into a cart (null when it can): the field named, in Russian. */
export function roomPaymentProblem(booking: any, now = new Date()): string | null {
  if (booking.status === "confirmed") return "status: бронь уже подтверждена — оплачивать её не нужно"
  if (booking.status !== "held") return "status: бронь отменена — выберите время заново"
  if (booking.hold_expires_at && new Date(booking.hold_expires_at) <= now) {
    return "hold_expires_at: время удержания истекло — выберите время заново"
  }
  if (!(Number(booking.price ?? 0) > 0)) return "price: помещение бесплатное — бронь подтверждается без оплаты"
  return null
}

