import { describe, expect, it } from "vitest"
import { roomLineProblem } from "../../api/store/room-bookings/cart-guard"
import { roomLineTitle, roomPaymentProblem } from "./cart-line"

const now = new Date("2026-12-01T09:00:00Z")
const later = new Date(now.getTime() + 5 * 60_000)
const earlier = new Date(now.getTime() - 1000)

describe("a room booking as a cart line", () => {
  it("is titled with the room and its Moscow date and times, midnight as 24:00", () => {
    expect(roomLineTitle("Мастерская", "2026-12-02T07:00:00Z", "2026-12-02T08:30:00Z")).toBe("Аренда: Мастерская, 02.12.2026 10:00–11:30")
    expect(roomLineTitle("Зал", "2026-12-02T20:00:00Z", "2026-12-02T21:00:00Z")).toBe("Аренда: Зал, 02.12.2026 23:00–24:00")
    // 00:30 Moscow is still the previous UTC day
    expect(roomLineTitle("Зал", "2026-12-01T21:30:00Z", "2026-12-01T22:30:00Z")).toBe("Аренда: Зал, 02.12.2026 00:30–01:30")
  })

  it("goes into a cart only while held, unexpired and paid", () => {
    expect(roomPaymentProblem({ status: "held", hold_expires_at: later, price: 750 }, now)).toBeNull()
    expect(roomPaymentProblem({ status: "held", hold_expires_at: earlier, price: 750 }, now)).toMatch(/^hold_expires_at: /)
    expect(roomPaymentProblem({ status: "confirmed", price: 750 }, now)).toMatch(/^status: бронь уже подтверждена/)
    expect(roomPaymentProblem({ status: "cancelled", price: 750 }, now)).toMatch(/^status: бронь отменена/)
    expect(roomPaymentProblem({ status: "held", hold_expires_at: later, price: 0 }, now)).toMatch(/^price: /)
  })

  it("is refused at checkout when its hold ran out, it moved to another cart or the line was changed", () => {
    const row = { title: "Аренда: Мастерская, 02.12.2026 10:00–11:30", status: "held", hold_expires_at: later, cart_id: "cart_1", quantity: 1, unit_price: "750", price: "750", variant_id: null }
    expect(roomLineProblem(row, "cart_1", now.getTime())).toBeNull()
    expect(roomLineProblem({ ...row, hold_expires_at: earlier }, "cart_1", now.getTime())).toBe(
      "items: время удержания помещения «Мастерская, 02.12.2026 10:00–11:30» истекло — уберите бронь из корзины и выберите время заново"
    )
    expect(roomLineProblem(row, "cart_2", now.getTime())).toMatch(/в корзине изменена/)
    expect(roomLineProblem({ ...row, quantity: 2 }, "cart_1", now.getTime())).toMatch(/в корзине изменена/)
    expect(roomLineProblem({ ...row, unit_price: "1" }, "cart_1", now.getTime())).toMatch(/в корзине изменена/)
    expect(roomLineProblem({ ...row, variant_id: "variant_1" }, "cart_1", now.getTime())).toMatch(/не найдена/)
    expect(roomLineProblem({ ...row, status: null }, "cart_1", now.getTime())).toMatch(/не найдена/)
    expect(roomLineProblem({ ...row, status: "cancelled" }, "cart_1", now.getTime())).toMatch(/отменена/)
    expect(roomLineProblem({ ...row, status: "confirmed" }, "cart_1", now.getTime())).toMatch(/уже подтверждена/)
  })
})
