// Tickets on the order page and in the account (issue 4): list with QR codes, cancel one.
import { formString, href, isPost, readForm, seeOther, type Ctx } from "../http";
import type { Locale } from "../i18n";
import { errorMessage, httpStatus, isBackendUnavailable, normalizeError, orFallback, sdkFor } from "../medusa";
import { cancelMyTicket, cancelOrderTicket, getMyTickets, getOrderTickets, icsPath, ticketQrSvg, type Ticket } from "../tickets";

export interface TicketView extends Ticket {
  qr: string;
  ics: string;
}

export interface TicketsBlock {
  tickets: TicketView[];
  /** The order had class seats whose tickets are not issued yet (the order.placed handler runs a moment later). */
  pending: boolean;
  cancelled: boolean;
  error: string | null;
}

async function withQr(tickets: Ticket[]): Promise<TicketView[]> {
  return Promise.all(tickets.map(async (t) => ({ ...t, qr: await ticketQrSvg(t.code), ics: icsPath(t.code) })));
}

/** The order page's tickets; a POST `intent=cancel-ticket` cancels one (guest: the order's e-mail is the proof). */
export async function orderTickets(
  ctx: Ctx,
  locale: Locale,
  order: { id: string; email?: string | null; items?: { metadata?: Record<string, unknown> | null; quantity?: number }[] | null },
): Promise<Response | TicketsBlock> {
  const sdk = sdkFor(ctx.locals);
  let error: string | null = null;
  if (isPost(ctx)) {
    const form = await readForm(ctx.request);
    if (formString(form, "intent") === "cancel-ticket") {
      try {
        await cancelOrderTicket(sdk, order.id, formString(form, "ticket_id"), order.email ?? "");
        return seeOther(href(locale, `/orders/${order.id}`, { ticket: "cancelled" }) + "#tickets");
      } catch (e) {
        if (isBackendUnavailable(e)) throw normalizeError(e);
        const status = httpStatus(e);
        error = status && status < 500 && locale === "ru" ? errorMessage(e) : "";
      }
    }
  }
  const tickets = await orFallback(getOrderTickets(sdk, order.id), [], "order tickets");
  const seats = (order.items ?? []).filter((i) => Array.isArray(i.metadata?.attendees)).reduce((n, i) => n + Number(i.quantity ?? 0), 0);
  return {
    tickets: await withQr(tickets),
    pending: tickets.length < seats,
    cancelled: ctx.url.searchParams.get("ticket") === "cancelled",
    error,
  };
}

/** «Мои билеты» in the account; a POST `intent=cancel-ticket` cancels one of them. */
export async function accountTickets(ctx: Ctx, locale: Locale, token: string): Promise<Response | TicketsBlock> {
  const sdk = sdkFor(ctx.locals);
  let error: string | null = null;
  if (isPost(ctx)) {
    const form = await readForm(ctx.request);
    if (formString(form, "intent") === "cancel-ticket") {
      try {
        await cancelMyTicket(sdk, token, formString(form, "ticket_id"));
        return seeOther(href(locale, "/account", { ticket: "cancelled" }) + "#tickets");
      } catch (e) {
        if (isBackendUnavailable(e)) throw normalizeError(e);
        const status = httpStatus(e);
        error = status && status < 500 && locale === "ru" ? errorMessage(e) : "";
      }
    }
  }
  const tickets = await orFallback(getMyTickets(sdk, token), [], "my tickets");
  return { tickets: await withQr(tickets), pending: false, cancelled: ctx.url.searchParams.get("ticket") === "cancelled", error };
}
