import { MedusaError } from "@medusajs/framework/utils"

export const OVERLAP_MESSAGE = "starts_at: это время уже занято"
export const OVERLAP_CONSTRAINT = "room_booking_no_overlap"
export const DOOR_CODE_CONSTRAINT = "room_booking_door_code_unique"

/** Which of our exclusion constraints (SQLSTATE 23P01) an error from the database hit, if any. */
export function violatedExclusion(error: any): string | null {
  for (let e = error, depth = 0; e && depth < 4; e = e.cause ?? e.previous, depth++) {
    const text = `${e.constraint ?? ""} ${e.message ?? ""}`
    if (e.code === "23P01" || text.includes(OVERLAP_CONSTRAINT) || text.includes(DOOR_CODE_CONSTRAINT)) {
      if (text.includes(DOOR_CODE_CONSTRAINT)) {
        return DOOR_CODE_CONSTRAINT
      }
      return OVERLAP_CONSTRAINT
    }
  }
  return null
}

export function overlapError() {
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, OVERLAP_MESSAGE)
}

/** Runs a write; an overlap the database refused becomes the field error residents see. */
export async function mapOverlap<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (e) {
    if (violatedExclusion(e) === OVERLAP_CONSTRAINT) {
      throw overlapError()
    }
    throw e
  }
}
