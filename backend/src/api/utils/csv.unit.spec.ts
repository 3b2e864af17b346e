import { describe, expect, it } from "vitest"
import { csvCell, toCsv } from "./csv"

describe("toCsv", () => {
  it("starts with a BOM, ends lines with CRLF and quotes only the cells that need it", () => {
    const text = toCsv(["Имя", "Число"], [["Петрова, Анна", 3], ['Он сказал "да"', null], ["две\nстроки", 0.5]])
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text.slice(1)).toBe('Имя,Число\r\n"Петрова, Анна",3\r\n"Он сказал ""да""",\r\n"две\nстроки",0.5\r\n')
    expect(csvCell("просто")).toBe("просто")
    expect(csvCell(undefined)).toBe("")
  })
})
