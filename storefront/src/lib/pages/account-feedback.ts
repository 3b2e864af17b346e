// /account/feedback — «Отзывы о занятиях»: the resident's past sessions and the one-screen form per ticket.
import { isRefusal, withRole } from "../accounts";
import { href, isPost, notFound, pageLocale, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import {
  getFeedbackTicket,
  isValidTicketId,
  listFeedbackTickets,
  saveFeedback,
  validateFeedbackForm,
  type FeedbackField,
  type FeedbackTicket,
  type FeedbackValues,
} from "../impact";
import { errorMessage, sdkFor } from "../medusa";
import type { BasePageData } from "./common";

export interface AccountFeedbackListData extends BasePageData {
  tickets: FeedbackTicket[];
}

export async function loadAccountFeedbackList(ctx: Ctx): Promise<Response | AccountFeedbackListData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  return withRole<AccountFeedbackListData>(ctx, "customer", locale, async (token) => ({
    locale,
    tickets: await listFeedbackTickets(sdk, token),
  }));
}

export interface AccountFeedbackData extends BasePageData {
  status?: number;
  ticket: FeedbackTicket;
  values: Partial<FeedbackValues>;
  errors: { field: FeedbackField; key: MessageKey }[];
  /** the backend's refusal (e.g. the 7 days passed), in Russian */
  refusal: string | null;
  saved: boolean;
}

export async function loadAccountFeedback(ctx: Ctx): Promise<Response | AccountFeedbackData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const ticketId = ctx.params.ticket_id;
  if (!isValidTicketId(ticketId)) return notFound();
  return withRole<AccountFeedbackData>(ctx, "customer", locale, async (token) => {
    const ticket = await getFeedbackTicket(sdk, token, ticketId);
    const data: AccountFeedbackData = {
      locale,
      ticket,
      values: ticket.feedback ?? {},
      errors: [],
      refusal: null,
      saved: ctx.url.searchParams.get("saved") === "1",
    };
    if (!isPost(ctx)) return data;

    const form = await readForm(ctx.request);
    const { values, errors } = validateFeedbackForm(form);
    data.values = values;
    data.saved = false;
    data.status = 422;
    data.errors = (Object.keys(errors) as FeedbackField[]).map((field) => ({ field, key: `impact.feedback.error.${field}` as MessageKey }));
    if (data.errors.length) return data;
    try {
      await saveFeedback(sdk, token, ticketId, values as FeedbackValues);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      data.refusal = locale === "ru" ? errorMessage(error).replace(/^[a-z_]+: /, "") : "";
      if (!data.refusal) data.errors = [{ field: "rating", key: "impact.feedback.error.generic" }];
      return data;
    }
    return seeOther(href(locale, `/account/feedback/${ticketId}`, { saved: 1 }));
  });
}
