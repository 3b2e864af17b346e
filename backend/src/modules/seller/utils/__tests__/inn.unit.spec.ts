import { describe, expect, it } from "vitest"
import { checkInn, completeInn, innLengthFor, isValidInn } from "../inn"

describe("ИНН checksum", () => {
  it("accepts real organization and individual numbers", () => {
    // Сбербанк (10 digits) and a widely published example of a person's ИНН (12 digits)
    expect(checkInn("7707083893")).toEqual({ valid: true, kind: "organization" })
    expect(checkInn("500100732259")).toEqual({ valid: true, kind: "individual" })
    expect(isValidInn(" 7830002293 ")).toBe(true)
  })

  it("rejects a wrong control digit in either position", () => {
    expect(checkInn("7707083894")).toEqual({ valid: false, reason: "checksum" })
    expect(checkInn("500100732269")).toEqual({ valid: false, reason: "checksum" })
    expect(checkInn("500100732258")).toEqual({ valid: false, reason: "checksum" })
  })

  it("rejects all zeros even though their checksum adds up", () => {
    expect(checkInn("0000000000")).toEqual({ valid: false, reason: "zeros" })
    expect(checkInn("000000000000")).toEqual({ valid: false, reason: "zeros" })
  })

  it("rejects wrong lengths and non-digits", () => {
    for (const bad of ["", "123", "77070838931", "7707O83893", "7707-083893", "1234567890123"]) {
      expect(checkInn(bad)).toEqual({ valid: false, reason: "format" })
    }
  })

  it("completes prefixes into valid numbers of both kinds", () => {
    expect(completeInn("770708389")).toBe("7707083893")
    expect(completeInn("5001007322")).toBe("500100732259")
    for (let i = 0; i < 200; i++) {
      const prefix = String(7700000000 + i * 7919)
      expect(isValidInn(completeInn(prefix))).toBe(true)
    }
    expect(() => completeInn("12")).toThrow()
  })

  it("asks organizations for 10 digits and people for 12", () => {
    expect(innLengthFor("organization")).toBe(10)
    expect(innLengthFor("npd")).toBe(12)
    expect(innLengthFor("ip")).toBe(12)
    expect(innLengthFor("individual")).toBe(12)
  })
})
