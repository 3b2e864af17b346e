// issue 6: the optional questionnaire on class bookings (with its pre-fill), class feedback and
// the attendees' average ratings. The backend keeps each answer as a snapshot per booking.
import { actorFetch } from "./accounts";
import { storeGet, type Sdk } from "./medusa";

export const ECONOMIC_STATUSES = [
  "unemployed",
  "looking_for_work",
  "employed",
  "self_employed",
  "business_owner",
  "retired",
  "student",
  "prefer_not_to_say",
] as const;
export type EconomicStatus = (typeof ECONOMIC_STATUSES)[number];

export interface ImpactAnswer {
  economic_status: EconomicStatus | null;
  ready_to_teach: boolean | null;
}

export const EMPTY_ANSWER: ImpactAnswer = { economic_status: null, ready_to_teach: null };

/** "yes" / "no" / anything else (the «no answer» choice) from a radio group. */
export function yesNo(value: FormDataEntryValue | null): boolean | null {
  return value === "yes" ? true : value === "no" ? false : null;
}

export const yesNoValue = (value: boolean | null | undefined): "yes" | "no" | "" =>
  value === true ? "yes" : value === false ? "no" : "";

/** The booking form's questionnaire; unknown values count as unanswered (the question is optional). */
export function readImpactAnswer(form: FormData): ImpactAnswer {
  const status = String(form.get("economic_status") ?? "");
  return {
    economic_status: (ECONOMIC_STATUSES as readonly string[]).includes(status) ? (status as EconomicStatus) : null,
    ready_to_teach: yesNo(form.get("ready_to_teach")),
  };
}

/** What goes on the line item: only answered questions (nothing when the resident skipped both). */
export function impactMetadata(answer: ImpactAnswer): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  if (answer.economic_status) out.economic_status = answer.economic_status;
  if (answer.ready_to_teach !== null) out.ready_to_teach = answer.ready_to_teach;
  return Object.keys(out).length ? out : null;
}

/** The signed-in resident's latest answer (null if they never answered). */
export async function getLastAnswer(sdk: Sdk, token: string): Promise<ImpactAnswer | null> {
  const { answer } = await actorFetch<{ answer: ImpactAnswer | null }>(sdk, token, "/store/impact/last-answer");
  return answer ? { economic_status: answer.economic_status ?? null, ready_to_teach: answer.ready_to_teach ?? null } : null;
}

export interface RatingSummary {
  average: number;
  count: number;
}

/** Average ratings of classes and artisans by id (missing = no feedback yet). */
export async function getRatings(
  sdk: Sdk,
  ids: { product_ids?: string[]; seller_ids?: string[] },
): Promise<{ products: Record<string, RatingSummary>; sellers: Record<string, RatingSummary> }> {
  const query: Record<string, string> = {};
  if (ids.product_ids?.length) query.product_id = ids.product_ids.join(",");
  if (ids.seller_ids?.length) query.seller_id = ids.seller_ids.join(",");
  if (!Object.keys(query).length) return { products: {}, sellers: {} };
  return storeGet(sdk, "/store/impact/ratings", query);
}

// ---- feedback --------------------------------------------------------------------------------

export interface FeedbackValues {
  rating: number;
  useful: string;
  would_recommend: boolean;
  ready_to_teach: boolean | null;
}

export interface FeedbackTicket {
  id: string;
  attendee_name: string;
  status: string;
  session: { id: string; starts_at: string; ends_at: string };
  class: { id: string; title: string; handle: string } | null;
  window: { state: "not_yet" | "open" | "closed"; closes_at: string };
  feedback: (FeedbackValues & { id: string; created_at: string; updated_at: string }) | null;
}

export async function listFeedbackTickets(sdk: Sdk, token: string): Promise<FeedbackTicket[]> {
  const { tickets } = await actorFetch<{ tickets: FeedbackTicket[] }>(sdk, token, "/store/impact/feedback");
  return tickets ?? [];
}

export async function getFeedbackTicket(sdk: Sdk, token: string, ticketId: string): Promise<FeedbackTicket> {
  const { ticket } = await actorFetch<{ ticket: FeedbackTicket }>(sdk, token, `/store/impact/feedback/${encodeURIComponent(ticketId)}`);
  return ticket;
}

export async function saveFeedback(sdk: Sdk, token: string, ticketId: string, values: FeedbackValues): Promise<FeedbackTicket> {
  const { ticket } = await actorFetch<{ ticket: FeedbackTicket }>(sdk, token, `/store/impact/feedback/${encodeURIComponent(ticketId)}`, {
    method: "POST",
    body: values,
  });
  return ticket;
}

export type FeedbackField = "rating" | "would_recommend" | "useful";

/** The feedback form: a rating 1–5 and «would recommend» are required, the rest optional. */
export function validateFeedbackForm(form: FormData): { values: Partial<FeedbackValues>; errors: Partial<Record<FeedbackField, true>> } {
  const rating = Number(form.get("rating"));
  const recommend = yesNo(form.get("would_recommend"));
  const useful = String(form.get("useful") ?? "").trim();
  const values: Partial<FeedbackValues> = {
    rating: Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : undefined,
    useful,
    would_recommend: recommend ?? undefined,
    ready_to_teach: yesNo(form.get("ready_to_teach")),
  };
  const errors: Partial<Record<FeedbackField, true>> = {};
  if (values.rating === undefined) errors.rating = true;
  if (values.would_recommend === undefined) errors.would_recommend = true;
  if (useful.length > 2000) errors.useful = true;
  return { values, errors };
}

export const isValidTicketId = (id: string | undefined): id is string => !!id && /^[A-Za-z0-9_]{1,100}$/.test(id);

// ---- the artisan's side ------------------------------------------------------------------------

export interface ClassFeedbackEntry {
  id: string;
  rating: number;
  useful: string;
  would_recommend: boolean;
  created_at: string;
  session: { id: string; starts_at: string } | null;
}

export interface ClassFeedbackReport {
  summary: { average: number | null; count: number; would_recommend: number };
  feedback: ClassFeedbackEntry[];
}

export async function getMyClassFeedback(sdk: Sdk, token: string, classId: string): Promise<ClassFeedbackReport> {
  return actorFetch<ClassFeedbackReport>(sdk, token, `/sellers/me/classes/${encodeURIComponent(classId)}/feedback`);
}
