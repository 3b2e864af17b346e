import { toCsv } from "./csv"

/** Columns of the artisans' goods import; the template and the reader share them. */
export const IMPORT_COLUMNS = ["title", "description", "category", "price", "stock", "variant", "centers", "status"] as const

export type ImportRow = {
  row: number
  title: string
  description: string
  category: string | null
  price: number
  stock: number
  variant: string
  centers: string[]
  status: "draft" | "published"
}

export type ImportError = { row: number; field: string; message: string }

export function importTemplate(): string {
  return toCsv([
    [...IMPORT_COLUMNS],
    ["Вязаные носки", "Шерсть 100 %, ручная стирка", "vyazanie", 900, 5, "Размер 38–40", "maryino", "published"],
    ["Глиняная кружка", "Объём 300 мл", "keramika", "1200", 2, "", "maryino;basmanny", "draft"],
  ])
}

const number = (raw: string) => Number(raw.replace(/\s/g, "").replace(",", "."))

/** Checks every row and says what is wrong where; nothing is imported unless every row is right. */
export function readImportRows(table: string[][]): { rows: ImportRow[]; errors: ImportError[] } {
  const errors: ImportError[] = []
  const [header = [], ...body] = table
  const index = Object.fromEntries(header.map((h, i) => [h.trim().toLowerCase(), i]))
  for (const column of ["title", "price", "stock", "centers"]) {
    if (index[column] === undefined) {
      errors.push({ row: 1, field: column, message: `нет столбца «${column}» — скачайте шаблон` })
    }
  }
  if (errors.length) {
    return { rows: [], errors }
  }
  if (!body.length) {
    return { rows: [], errors: [{ row: 1, field: "csv", message: "в файле нет товаров" }] }
  }
  if (body.length > 500) {
    return { rows: [], errors: [{ row: 1, field: "csv", message: "не больше 500 товаров за раз" }] }
  }
  const rows = body.map((cells, i) => {
    const row = i + 2
    const get = (c: string) => (index[c] === undefined ? "" : (cells[index[c]] ?? "").trim())
    const fail = (field: string, message: string) => errors.push({ row, field, message })
    const title = get("title")
    if (title.length < 2 || title.length > 200) fail("title", "название от 2 до 200 символов")
    const price = number(get("price"))
    if (!get("price") || !Number.isFinite(price) || price < 0 || price > 1_000_000) fail("price", "цена в рублях, например 900")
    const stock = number(get("stock"))
    if (!get("stock") || !Number.isInteger(stock) || stock < 0 || stock > 100_000) fail("stock", "остаток — целое число штук")
    const centers = get("centers").split(/[;|]/).map((c) => c.trim()).filter(Boolean)
    if (!centers.length) fail("centers", "укажите хотя бы один центр (адрес страницы центра)")
    const status = (get("status") || "draft").toLowerCase()
    if (status !== "draft" && status !== "published") fail("status", "draft или published")
    return {
      row,
      title,
      description: get("description"),
      category: get("category") || null,
      price,
      stock,
      variant: get("variant") || "Стандартный",
      centers,
      status: status as ImportRow["status"],
    }
  })
  return { rows, errors }
}
