import { describe, expect, it } from "vitest"
import {
  acceptsApplications,
  checkAcceptsApplications,
  checkDecision,
  checkExhibitDates,
  checkExhibitStatusMove,
  isPublicExhibit,
} from "../rules"

const now = new Date("2026-12-01T09:00:00Z")
const exhibit = { status: "open", apply_until: "2026-12-05T20:59:00Z", places: 2, ends_at: "2026-12-07T15:00:00Z" }

describe("exhibit rules", () => {
  it("wants the end after the start and the deadline no later than the start", () => {
    const ok = { starts_at: "2026-12-06T09:00:00Z", ends_at: "2026-12-06T15:00:00Z", apply_until: "2026-12-06T09:00:00Z" }
    expect(checkExhibitDates(ok)).toBeNull()
    expect(checkExhibitDates({ ...ok, ends_at: ok.starts_at })?.field).toBe("ends_at")
    expect(checkExhibitDates({ ...ok, apply_until: "2026-12-06T09:01:00Z" })?.field).toBe("apply_until")
    expect(checkExhibitDates({ ...ok, starts_at: "завтра" })?.field).toBe("starts_at")
  })

  it("takes applications while open, before the deadline and with a free place", () => {
    expect(checkAcceptsApplications(exhibit, 1, now)).toBeNull()
    expect(acceptsApplications(exhibit, 1, now)).toBe(true)
    expect(checkAcceptsApplications(exhibit, 2, now)).toEqual({ field: "places", message: "все места (2) уже заняты" })
    expect(checkAcceptsApplications(exhibit, 0, new Date("2026-12-05T21:00:00Z"))).toEqual({
      field: "apply_until",
      message: "приём заявок закончился",
    })
    expect(checkAcceptsApplications({ ...exhibit, status: "draft" }, 0, now)?.field).toBe("exhibit_id")
    expect(checkAcceptsApplications({ ...exhibit, status: "closed" }, 0, now)?.field).toBe("exhibit_id")
  })

  it("decides a pending application once, approving only into a free place", () => {
    expect(checkDecision({ status: "pending" }, "approved", exhibit, 1)).toBeNull()
    expect(checkDecision({ status: "pending" }, "approved", exhibit, 2)?.field).toBe("places")
    expect(checkDecision({ status: "pending" }, "declined", exhibit, 2)).toBeNull()
    expect(checkDecision({ status: "approved" }, "declined", exhibit, 0)?.field).toBe("status")
    expect(checkDecision({ status: "withdrawn" }, "approved", exhibit, 0)?.field).toBe("status")
  })

  it("never leaves a cancelled exhibit and shows residents only open or closed ones not over", () => {
    expect(checkExhibitStatusMove("draft", "open")).toBeNull()
    expect(checkExhibitStatusMove("closed", "open")).toBeNull()
    expect(checkExhibitStatusMove("cancelled", "open")?.field).toBe("status")
    expect(checkExhibitStatusMove("draft", "closed")?.field).toBe("status")
    expect(isPublicExhibit(exhibit, now)).toBe(true)
    expect(isPublicExhibit({ ...exhibit, status: "closed" }, now)).toBe(true)
    expect(isPublicExhibit({ ...exhibit, status: "draft" }, now)).toBe(false)
    expect(isPublicExhibit({ ...exhibit, status: "cancelled" }, now)).toBe(false)
    expect(isPublicExhibit(exhibit, new Date("2026-12-08T00:00:00Z"))).toBe(false)
  })
})
