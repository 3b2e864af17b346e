/**
 * RFC 4180 CSV for spreadsheet users: CRLF line ends, a cell quoted when it holds a quote, comma
 * or line break (quotes doubled), and a UTF-8 byte-order mark, without which Excel reads
 * Cyrillic as Windows-1251 mojibake.
 */
export type CsvCell = string | number | boolean | null | undefined

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ""
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return "\uFEFF" + [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n"
}
