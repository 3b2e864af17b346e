// Tickets (issue 4): an order's tickets, the resident's tickets, cancelling one, the QR code.
// @ts-ignore — qrcode ships no types
import QRCode from "qrcode";
import { actorFetch } from "./accounts";
import { storeGet, type Sdk } from "./medusa";

export interface Ticket {
  id: string;
  code: string;
  status: "confirmed" | "cancelled" | "attended" | "no_show";
  attendee_name: string;
  order_id: string;
  checked_in_at: string | null;
  cancelled_at: string | null;
  cancellable: boolean;
  cancellation_hours: number;
  session: { id: string; product_id: string; starts_at: string; ends_at: string; status: string } | null;
  class: { id: string; title: string; handle: string; thumbnail: string | null } | null;
  center: { id: string; name: string; address: string } | null;
}

export async function getOrderTickets(sdk: Sdk, orderId: string): Promise<Ticket[]> {
  const res = await storeGet<{ tickets: Ticket[] }>(sdk, `/store/orders/${orderId}/tickets`);
  return res.tickets ?? [];
}

/** A guest cancels from the order page: the order id and its e-mail. */
export async function cancelOrderTicket(sdk: Sdk, orderId: string, ticketId: string, email: string): Promise<void> {
  await sdk.client.fetch(`/store/orders/${orderId}/tickets/${ticketId}/cancel`, { method: "POST", body: { email } });
}

export async function getMyTickets(sdk: Sdk, token: string): Promise<Ticket[]> {
  const res = await actorFetch<{ tickets: Ticket[] }>(sdk, token, "/store/customers/me/tickets");
  return res.tickets ?? [];
}

export async function cancelMyTicket(sdk: Sdk, token: string, ticketId: string): Promise<void> {
  await actorFetch(sdk, token, `/store/customers/me/tickets/${ticketId}/cancel`, { method: "POST", body: {} });
}

/** The ticket code as an inline SVG QR code (server-rendered, no script). */
export async function ticketQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}

/** Where the browser downloads the ticket's calendar file (through the storefront, which adds the key). */
export function icsPath(code: string): string {
  return `/tickets/${encodeURIComponent(code)}.ics`;
}

export async function fetchIcs(sdk: Sdk, code: string): Promise<string | null> {
  try {
    const resp = await sdk.client.fetch<Response>(`/store/tickets/${encodeURIComponent(code)}/ics`, {
      headers: { accept: "text/calendar" },
    });
    return resp.ok ? await resp.text() : null;
  } catch {
    return null;
  }
}
