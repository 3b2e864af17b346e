import { describe, expect, it } from "vitest"
import { feedbackWindow, parseImpactAnswer } from "../answer"

describe("impact answer", () => {
  it("accepts a full, partial or missing answer", () => {
    expect(parseImpactAnswer(undefined)).toEqual({ ok: true, answer: null })
    expect(parseImpactAnswer({ economic_status: "student", ready_to_teach: true })).toEqual({
      ok: true,
      answer: { economic_status: "student", ready_to_teach: true },
    })
    expect(parseImpactAnswer({ economic_status: null, ready_to_teach: null })).toMatchObject({ ok: true })
    expect(parseImpactAnswer({})).toMatchObject({ ok: true })
  })

  it("names the field of a bad value", () => {
    expect(parseImpactAnswer({ economic_status: "rich" })).toMatchObject({ ok: false, message: expect.stringMatching(/^economic_status: /) })
    expect(parseImpactAnswer({ ready_to_teach: "yes" })).toMatchObject({ ok: false, message: expect.stringMatching(/^ready_to_teach: /) })
    expect(parseImpactAnswer({ income: 5 })).toMatchObject({ ok: false, message: expect.stringMatching(/^income: /) })
    expect(parseImpactAnswer("student")).toMatchObject({ ok: false, message: expect.stringMatching(/^impact: /) })
  })

  it("opens feedback at the end of the session for seven days", () => {
    const end = new Date("2026-11-20T15:00:00Z")
    expect(feedbackWindow(end, new Date("2026-11-20T14:59:00Z")).state).toBe("not_yet")
    expect(feedbackWindow(end, new Date("2026-11-20T15:00:00Z")).state).toBe("open")
    expect(feedbackWindow(end, new Date("2026-11-27T15:00:00Z")).state).toBe("open")
    expect(feedbackWindow(end, new Date("2026-11-27T15:01:00Z")).state).toBe("closed")
  })
})
