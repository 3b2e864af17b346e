export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun"

/** ["10:00", "21:00"]: open from/to, Europe/Moscow wall-clock time; null: closed that day. */
export type OpeningHours = Record<Weekday, [string, string] | null>

export type RoomInput = {
  name: string
  capacity: number
  /** RUB per hour */
  hourly_price: number
  amenities?: string[]
  /** the room's own hours; null or absent: the center's */
  opening_hours?: OpeningHours | null
}

export type CenterInput = {
  handle: string
  name: string
  district: string
  address: string
  lat: number
  lng: number
  opening_hours: OpeningHours
  phone?: string | null
  email?: string | null
  description?: string
  rooms?: RoomInput[]
}
