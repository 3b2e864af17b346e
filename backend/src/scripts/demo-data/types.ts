/** Shapes of the generated demo data (plain values, no Medusa types). */

import type { CenterInput, OpeningHours, Weekday } from "../../modules/center/types"

export type { OpeningHours, Weekday }

export interface DemoRoom {
  name: string
  capacity: number
  /** RUB, integer */
  hourly_price: number
  amenities: string[]
}

export type DemoCenter = CenterInput & {
  phone: string
  email: string
  description: string
  rooms: DemoRoom[]
}

export type TaxStatus = "npd" | "ip" | "individual" | "organization"

export interface DemoSeller {
  handle: string
  name: string
  bio: string
  tax_status: TaxStatus
  inn: string
  phone: string
  email: string
  /** 1–2 home centers */
  center_handles: string[]
}

export interface DemoCategory {
  handle: string
  /** Russian */
  name: string
}

export interface DemoImage {
  /** e.g. "vyazanye-noski.svg" */
  filename: string
  mime_type: "image/svg+xml"
  /** the SVG text */
  content: string
}

export interface DemoVariant {
  title: string
  option_value: string
  /** RUB integer */
  price: number
  stock: number
  sku: string
}

export interface DemoProduct {
  handle: string
  title: string
  subtitle?: string
  description: string
  category_handle: string
  seller_handle: string
  /** non-empty subset of its seller's center_handles */
  center_handles: string[]
  /** e.g. "Размер", "Цвет", or "Вариант" when only one */
  option_title: string
  /** ≥ 1 */
  variants: DemoVariant[]
  weight_g?: number
  material?: string
  image: DemoImage
}

export interface DemoSession {
  starts_at: Date
  ends_at: Date
  capacity: number
  /** RUB; 0 = free */
  price: number
}

export interface DemoClass {
  handle: string
  title: string
  description: string
  seller_handle: string
  /** one of the seller's centers */
  center_handle: string
  materials_fee: number
  level: "beginner" | "intermediate" | "advanced"
  /** 2–4, all after `now` */
  sessions: DemoSession[]
  image: DemoImage
}

export interface DemoData {
  categories: DemoCategory[]
  centers: DemoCenter[]
  sellers: DemoSeller[]
  products: DemoProduct[]
  classes: DemoClass[]
}
