// What the platform told the signed-in resident (`GET /store/customers/me/notifications`), and how
// each kind of message reads on the «Уведомления» page. A message of an unknown kind still shows.
import type { Sdk } from "./medusa";
import type { Locale, MessageKey, MessageParams } from "./i18n";
import { formatDate } from "./format";

export interface ResidentNotification {
  id: string;
  template: string | null;
  data: Record<string, unknown> | null;
  created_at: string;
}

export const NOTIFICATIONS_PAGE_SIZE = 20;

export async function listMyNotifications(
  sdk: Sdk,
  token: string,
  page: number,
): Promise<{ notifications: ResidentNotification[]; count: number }> {
  const { notifications, count } = await sdk.client.fetch<{ notifications: ResidentNotification[]; count: number }>(
    "/store/customers/me/notifications",
    {
      query: { limit: NOTIFICATIONS_PAGE_SIZE, offset: (page - 1) * NOTIFICATIONS_PAGE_SIZE },
      headers: { Authorization: `Bearer ${token}` },
    },
  );
  return { notifications: notifications ?? [], count: count ?? 0 };
}

export interface NotificationView {
  key: MessageKey;
  params: MessageParams;
  /** where it leads (an unprefixed app path), if anywhere */
  path: string | null;
}

const PART_STATUSES = ["ready_for_pickup", "handed_over"] as const;
const text = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");

export function describeNotification(n: Pick<ResidentNotification, "template" | "data">, locale: Locale = "ru"): NotificationView {
  const d = n.data ?? {};
  if (n.template === "seller-order-status" && (PART_STATUSES as readonly string[]).includes(text(d.status))) {
    const orderId = text(d.order_id);
    return {
      key: `notifications.part.${text(d.status) as (typeof PART_STATUSES)[number]}`,
      params: { seller: text(d.seller_name) || "—", number: text(d.display_id) || "—" },
      path: /^[A-Za-z0-9_-]{1,100}$/.test(orderId) ? `/orders/${orderId}` : null,
    };
  }
  if (n.template === "class-feedback-request") {
    // issue 6: the link to the one-screen feedback form of that ticket
    const ticketId = text(d.ticket_id);
    return {
      key: "impact.feedback.notification",
      params: { title: text(d.title) || "—" },
      path: /^[A-Za-z0-9_]{1,100}$/.test(ticketId) ? `/account/feedback/${ticketId}` : null,
    };
  }
  if (n.template === "scholarship-issued") {
    // issue 6: the code itself, and where it can be used
    const handle = text(d.center_handle);
    const until = text(d.expires_at);
    return {
      key: "scholarships.notification",
      params: { center: text(d.center_name) || "—", code: text(d.code) || "—", until: until ? formatDate(until, locale) : "—" },
      path: /^[a-z0-9-]{1,100}$/.test(handle) ? `/centers/${handle}` : null,
    };
  }
  return { key: "notifications.generic", params: {}, path: null };
}
