import { describe, expect, it } from "vitest"
import { checkBudgetTotal, checkRedemption, formatCode, normalizeCode, reservationFor } from "../rules"

const now = new Date("2026-12-01T12:00:00Z")
const valid = { status: "issued" as const, expires_at: "2026-12-31T20:59:59Z", reserved_amount: 1500 }

describe("scholarship rules", () => {
  it("holds the whole seat cap for a full code and the share (rounded up) for a percentage", () => {
    expect(reservationFor("full", 100, 1500)).toBe(1500)
    expect(reservationFor("percent", 50, 2000)).toBe(1000)
    expect(reservationFor("percent", 33, 1250)).toBe(413) // 412.5 → never short of the discount
  })

  it("makes readable codes and reads them back whatever the case and spaces", () => {
    const code = formatCode(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]))
    expect(code).toBe("SOS-ABCD-EFGH")
    expect(formatCode(new Uint8Array(8).fill(255))).toMatch(/^SOS-[A-Z2-9]{4}-[A-Z2-9]{4}$/)
    expect(normalizeCode(" sos-abcd -efgh ")).toBe("SOS-ABCD-EFGH")
  })

  it("redeems only an issued, unexpired code, and only up to what it holds", () => {
    expect(checkRedemption(valid, 1500, now)).toBeNull()
    expect(checkRedemption({ ...valid, status: "redeemed" }, 100, now)).toEqual({ field: "code", message: "код уже использован" })
    expect(checkRedemption({ ...valid, status: "revoked" }, 100, now)?.message).toBe("код отозван менеджером центра")
    expect(checkRedemption({ ...valid, status: "expired" }, 100, now)?.message).toBe("срок действия кода истёк")
    expect(checkRedemption({ ...valid, expires_at: now }, 100, now)?.message).toBe("срок действия кода истёк")
    expect(checkRedemption(valid, 1501, now)?.message).toBe("место дороже, чем покрывает стипендия (до 1500 ₽)")
  })

  it("never lets a budget total fall under what is held and spent", () => {
    expect(checkBudgetTotal(3000, { reserved: 1000, spent: 2000 })).toBeNull()
    expect(checkBudgetTotal(2999, { reserved: 1000, spent: 2000 })).toEqual({ field: "total", message: "не меньше уже выданного: 3000 ₽" })
  })
})
