/**
 * The exhibit's rules that need no database: pure, so they are unit-tested on their own.
 * Every refusal names its field first, in Russian, the way the storefront shows it.
 */
export type ExhibitStatus = "draft" | "open" | "closed" | "cancelled"
export type ApplicationStatus = "pending" | "approved" | "declined" | "withdrawn"

export type Refusal = { field: string; message: string }

export type ExhibitDates = { starts_at: Date | string; ends_at: Date | string; apply_until: Date | string }

const time = (d: Date | string) => new Date(d).getTime()

/** The exhibit ends after it starts; applications close no later than the start. */
export function checkExhibitDates(dates: ExhibitDates): Refusal | null {
  const [starts, ends, until] = [time(dates.starts_at), time(dates.ends_at), time(dates.apply_until)]
  if ([starts, ends, until].some(Number.isNaN)) {
    return { field: "starts_at", message: "неверная дата" }
  }
  if (ends <= starts) {
    return { field: "ends_at", message: "выставка должна закончиться позже, чем начнётся" }
  }
  if (until > starts) {
    return { field: "apply_until", message: "приём заявок должен закончиться до начала выставки" }
  }
  return null
}

// cancelled is final; the rest may move as the manager needs (a closed exhibit may reopen)
const EXHIBIT_MOVES: Record<ExhibitStatus, ExhibitStatus[]> = {
  draft: ["open", "cancelled"],
  open: ["closed", "cancelled", "draft"],
  closed: ["open", "cancelled"],
  cancelled: [],
}

export function checkExhibitStatusMove(from: ExhibitStatus, to: ExhibitStatus): Refusal | null {
  if (from === to || EXHIBIT_MOVES[from]?.includes(to)) {
    return null
  }
  return { field: "status", message: `выставку в статусе «${from}» нельзя перевести в «${to}»` }
}

/**
 * Whether an artisan may apply (or change a pending application) now: the exhibit is open,
 * the deadline has not passed and approved artisans do not fill the places yet.
 */
export function checkAcceptsApplications(
  exhibit: { status: string; apply_until: Date | string; places: number },
  approvedCount: number,
  now: Date = new Date()
): Refusal | null {
  if (exhibit.status !== "open") {
    return { field: "exhibit_id", message: "выставка не принимает заявки" }
  }
  if (time(exhibit.apply_until) < now.getTime()) {
    return { field: "apply_until", message: "приём заявок закончился" }
  }
  if (approvedCount >= exhibit.places) {
    return { field: "places", message: `все места (${exhibit.places}) уже заняты` }
  }
  return null
}

/** The manager decides once on a pending application; approving needs a free place. */
export function checkDecision(
  application: { status: string },
  decision: "approved" | "declined",
  exhibit: { places: number },
  approvedCount: number
): Refusal | null {
  if (application.status !== "pending") {
    return { field: "status", message: `по заявке уже принято решение (${application.status})` }
  }
  if (decision === "approved" && approvedCount >= exhibit.places) {
    return { field: "places", message: `все места (${exhibit.places}) уже заняты` }
  }
  return null
}

/** A public exhibit: neither a draft nor cancelled, and not over yet. */
export function isPublicExhibit(exhibit: { status: string; ends_at: Date | string }, now: Date = new Date()) {
  return (exhibit.status === "open" || exhibit.status === "closed") && time(exhibit.ends_at) >= now.getTime()
}

/** Whether the exhibit takes applications right now (for the lists). */
export function acceptsApplications(
  exhibit: { status: string; apply_until: Date | string; places: number },
  approvedCount: number,
  now: Date = new Date()
) {
  return checkAcceptsApplications(exhibit, approvedCount, now) === null
}
