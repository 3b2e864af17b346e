// What the platform told the signed-in resident (`GET /store/customers/me/notifications`), and how
// each kind of message reads on the «Уведомления» page. A message of an unknown kind still shows.
import { actorFetch } from "./accounts";
import { formatDate, formatDateTime, formatPrice } from "./format";
import type { Locale, MessageKey, MessageParams } from "./i18n";
import { ru } from "./i18n/ru";
import type { Sdk } from "./medusa";

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
  /** someone's own words carried by the message (a manager's note), shown as written */
  detail?: string | null;
  /** further links, e.g. the ticket's calendar file; `file` paths are not localized */
  links?: { key: MessageKey; path: string; file?: boolean }[];
}

const PART_STATUSES = ["ready_for_pickup", "handed_over"] as const;
const text = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");
const ID = /^[A-Za-z0-9_-]{1,100}$/;
const TICKET_CODE = /^[A-Za-z0-9]{4,16}$/;
const orderPath = (id: unknown) => (ID.test(text(id)) ? `/orders/${text(id)}` : null);
const when = (iso: unknown, locale: Locale) => {
  const s = text(iso);
  return s && !Number.isNaN(Date.parse(s)) ? formatDateTime(s, locale) : "—";
};
/** An absolute storefront link from the backend, kept only if it is one of ours and leads where expected. */
function appPath(url: unknown, prefix: string): string | null {
  const s = text(url);
  try {
    const u = new URL(s, "http://x");
    return u.pathname.startsWith(prefix) && /^[A-Za-z0-9/_.-]+$/.test(u.pathname) ? `${u.pathname}${u.search}` : null;
  } catch {
    return null;
  }
}

/**
 * The dictionary's sentence for a kind of message: `notifications.t.<template>` (with a
 * `.<status>` variant where the kind has outcomes). A new kind of message — e.g. «scholarship
 * issued» — shows as soon as its sentence is in the dictionaries; its params are the message's
 * own scalar data.
 */
export function templateKey(template: string, variant?: string): MessageKey | null {
  const key = variant ? `notifications.t.${template}.${variant}` : `notifications.t.${template}`;
  return key in ru ? (key as MessageKey) : null;
}

function scalarParams(d: Record<string, unknown>): MessageParams {
  return Object.fromEntries(Object.entries(d).filter(([, v]) => typeof v === "string" || typeof v === "number")) as MessageParams;
}

export function describeNotification(n: Pick<ResidentNotification, "template" | "data">, locale: Locale = "ru"): NotificationView {
  const d = n.data ?? {};
  const template = n.template ?? "";
  const code = TICKET_CODE.test(text(d.ticket_code)) ? text(d.ticket_code) : "";
  switch (template) {
    case "seller-order-status":
      if ((PART_STATUSES as readonly string[]).includes(text(d.status))) {
        return {
          key: `notifications.part.${text(d.status) as (typeof PART_STATUSES)[number]}`,
          params: { seller: text(d.seller_name) || "—", number: text(d.display_id) || "—" },
          path: orderPath(d.order_id),
        };
      }
      break;
    case "class-feedback-request": {
      // issue 6: the link to the one-screen feedback form of that ticket
      const ticketId = text(d.ticket_id);
      return {
        key: "impact.feedback.notification",
        params: { title: text(d.title) || "—" },
        path: /^[A-Za-z0-9_]{1,100}$/.test(ticketId) ? `/account/feedback/${ticketId}` : null,
      };
    }
    case "order-placed":
      return {
        key: "notifications.t.order-placed",
        params: {
          number: text(d.display_id) || "—",
          count: Number(d.item_count) || 0,
          total: typeof d.total === "number" ? formatPrice(d.total, locale) : "—",
        },
        path: orderPath(d.order_id),
      };
    case "ticket-confirmed":
      return {
        key: "notifications.t.ticket-confirmed",
        params: { title: text(d.title) || "—", when: when(d.starts_at, locale), code: code || "—" },
        path: orderPath(d.order_id),
        // the calendar file (.ics) of the ticket, served by the storefront
        links: code ? [{ key: "notifications.ics", path: `/tickets/${code}.ics`, file: true }] : [],
      };
    case "class-reminder":
    case "class-session-moved":
      return {
        key: template === "class-reminder" ? "notifications.t.class-reminder" : "notifications.t.class-session-moved",
        params: { title: text(d.title) || "—", when: when(d.starts_at, locale), code: code || "—" },
        path: null,
        links: code ? [{ key: "notifications.ics", path: `/tickets/${code}.ics`, file: true }] : [],
      };
    case "class-session-cancelled":
      return {
        key: "notifications.t.class-session-cancelled",
        params: { title: text(d.title) || "—", when: when(d.starts_at, locale) },
        path: null,
        detail: text(d.reason) || null,
      };
    case "class-waitlist-offer":
      return {
        key: "notifications.t.class-waitlist-offer",
        params: { title: text(d.title) || "—", until: when(d.offer_expires_at, locale) },
        path: appPath(d.url, "/classes/"),
      };
    case "exhibit-decision": {
      const status = text(d.status) === "approved" ? "approved" : "declined";
      return {
        key: `notifications.t.exhibit-decision.${status}`,
        params: { title: text(d.exhibit_title) || "—" },
        path: "/sell/exhibits",
        detail: text(d.decision_note) || null,
      };
    }
    case "seller-membership-status": {
      const status = text(d.status);
      if (status === "approved" || status === "declined") {
        return { key: `notifications.t.seller-membership-status.${status}`, params: { center: text(d.center_name) || "—" }, path: "/sell" };
      }
      break;
    }
    case "scholarship-issued": {
      // issue 6: the code itself, and the center where it can be used
      const handle = text(d.center_handle);
      const until = text(d.expires_at);
      return {
        key: "scholarships.notification",
        params: { center: text(d.center_name) || "—", code: text(d.code) || "—", until: until ? formatDate(until, locale) : "—" },
        path: /^[a-z0-9-]{1,100}$/.test(handle) ? `/centers/${handle}` : null,
      };
    }
    case "materials-compensation":
      return {
        key: "notifications.t.materials-compensation",
        params: {
          center: text(d.center_name) || "—",
          title: text(d.class_title) || "—",
          amount: typeof d.amount === "number" ? formatPrice(d.amount, locale) : "—",
        },
        path: "/sell/earnings",
        detail: text(d.note) || null,
      };
  }
  const key = templateKey(template, text(d.status) || undefined) ?? templateKey(template);
  if (key) return { key, params: scalarParams(d), path: null };
  return { key: "notifications.generic", params: {}, path: null };
}

// ---- the artisan's own messages (issue 6): /sellers/me/notifications, shown on /sell ----

export const SELLER_NOTIFICATIONS_SHOWN = 10;

/**
 * An artisan need not have a resident account, so their messages (center and exhibit decisions,
 * compensations) are addressed to the seller and listed on the dashboard, not on /account.
 */
export async function listSellerNotifications(sdk: Sdk, token: string): Promise<{ notifications: ResidentNotification[]; count: number }> {
  const res = await actorFetch<{ notifications: ResidentNotification[]; count: number }>(sdk, token, "/sellers/me/notifications", {
    query: { limit: SELLER_NOTIFICATIONS_SHOWN },
  });
  return { notifications: res.notifications ?? [], count: res.count ?? 0 };
}
