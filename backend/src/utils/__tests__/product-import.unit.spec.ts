import { describe, expect, it } from "vitest"
import { parseCsv } from "../csv"
import { importTemplate, readImportRows } from "../product-import"

describe("CSV", () => {
  it("reads quotes, doubled quotes, CRLF, a BOM and Excel's semicolons", () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n')).toEqual([["a", "b"], ["x, y", 'say "hi"']])
    expect(parseCsv("a;b\n1,5;2\n\n")).toEqual([["a", "b"], ["1,5", "2"]])
    expect(parseCsv('a,b\n"line\nbreak",2')).toEqual([["a", "b"], ["line\nbreak", "2"]])
  })
})

describe("goods import", () => {
  it("accepts its own template", () => {
    const { rows, errors } = readImportRows(parseCsv(importTemplate()))
    expect(errors).toEqual([])
    expect(rows).toEqual([
      expect.objectContaining({ row: 2, title: "Вязаные носки", price: 900, stock: 5, centers: ["maryino"], status: "published" }),
      expect.objectContaining({ row: 3, variant: "Стандартный", centers: ["maryino", "basmanny"], status: "draft" }),
    ])
  })

  it("names the row and the field of every mistake", () => {
    const csv = "title,price,stock,centers,status\nН,abc,1.5,,sold\nХорошая вещь,\"1 200,50\",3,maryino,\n"
    const { rows, errors } = readImportRows(parseCsv(csv))
    expect(errors).toEqual([
      { row: 2, field: "title", message: expect.any(String) },
      { row: 2, field: "price", message: expect.any(String) },
      { row: 2, field: "stock", message: expect.any(String) },
      { row: 2, field: "centers", message: expect.any(String) },
      { row: 2, field: "status", message: expect.any(String) },
    ])
    expect(rows[1]).toMatchObject({ price: 1200.5, stock: 3, status: "draft" })
  })

  it("asks for the template when required columns are missing, and refuses empty files", () => {
    expect(readImportRows(parseCsv("name,cost\nx,1\n")).errors.map((e) => e.field)).toEqual(["title", "price", "stock", "centers"])
    expect(readImportRows(parseCsv("title,price,stock,centers\n")).errors).toEqual([
      { row: 1, field: "csv", message: "в файле нет товаров" },
    ])
  })
})
