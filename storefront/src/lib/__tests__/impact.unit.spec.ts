import { describe, expect, it } from "vitest";
import { impactMetadata, readImpactAnswer, validateFeedbackForm, yesNoValue } from "../impact";
import { describeNotification } from "../notifications";

const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};

describe("the booking questionnaire", () => {
  it("reads the answer, treating unknown values and «no answer» as skipped", () => {
    expect(readImpactAnswer(form({ economic_status: "student", ready_to_teach: "yes" }))).toEqual({ economic_status: "student", ready_to_teach: true });
    expect(readImpactAnswer(form({ economic_status: "prefer_not_to_say", ready_to_teach: "no" }))).toEqual({
      economic_status: "prefer_not_to_say",
      ready_to_teach: false,
    });
    expect(readImpactAnswer(form({ economic_status: "rich", ready_to_teach: "" }))).toEqual({ economic_status: null, ready_to_teach: null });
    expect(readImpactAnswer(form({}))).toEqual({ economic_status: null, ready_to_teach: null });
  });

  it("puts only answered questions on the line item", () => {
    expect(impactMetadata({ economic_status: "retired", ready_to_teach: null })).toEqual({ economic_status: "retired" });
    expect(impactMetadata({ economic_status: null, ready_to_teach: false })).toEqual({ ready_to_teach: false });
    expect(impactMetadata({ economic_status: null, ready_to_teach: null })).toBeNull();
    expect([yesNoValue(true), yesNoValue(false), yesNoValue(null)]).toEqual(["yes", "no", ""]);
  });
});

describe("the feedback form", () => {
  it("needs a rating 1–5 and «would recommend»; the rest is optional", () => {
    expect(validateFeedbackForm(form({ rating: "4", would_recommend: "yes", useful: " глина ", ready_to_teach: "" }))).toEqual({
      values: { rating: 4, useful: "глина", would_recommend: true, ready_to_teach: null },
      errors: {},
    });
    expect(validateFeedbackForm(form({ rating: "6" })).errors).toEqual({ rating: true, would_recommend: true });
    expect(validateFeedbackForm(form({ rating: "2.5", would_recommend: "no" })).errors).toEqual({ rating: true });
    expect(validateFeedbackForm(form({ rating: "5", would_recommend: "no", useful: "x".repeat(2001) })).errors).toEqual({ useful: true });
  });

  it("links the feedback request notification to the ticket's form", () => {
    expect(describeNotification({ template: "class-feedback-request", data: { ticket_id: "tkt_01ABC", title: "Лепим" } })).toEqual({
      key: "impact.feedback.notification",
      params: { title: "Лепим" },
      path: "/account/feedback/tkt_01ABC",
    });
    expect(describeNotification({ template: "class-feedback-request", data: { ticket_id: "../x" } }).path).toBeNull();
  });
});
