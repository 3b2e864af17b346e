// Straight calls to the running backend for end-to-end specs that prepare data through the API.
import { expect } from "@playwright/test";
import type { Credentials } from "./session";

const backendUrl = () => process.env.SOSEDI_BACKEND_URL!;

/** JSON call with the storefront's publishable key (and a bearer token); throws on anything but 2xx. */
export async function api<T = any>(path: string, init: { token?: string; method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(`${backendUrl()}${path}`, {
    method: init.method ?? (init.body ? "POST" : "GET"),
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": process.env.SOSEDI_PUBLISHABLE_KEY!,
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(`${init.method ?? (init.body ? "POST" : "GET")} ${path} → ${res.status} ${JSON.stringify(data)}`);
  return data as T;
}

export async function login(actor: "seller" | "manager", creds: Credentials): Promise<string> {
  return (await api<{ token: string }>(`/auth/${actor}/emailpass`, { body: creds })).token;
}

/**
 * A center (with its shop) that the signed-in manager runs and where the signed-in artisan is approved,
 * with the artisan, the manager and the public center list it was picked from.
 */
export async function centerOfBoth(masterToken: string, managerToken: string) {
  const { seller } = await api("/sellers/me", { token: masterToken });
  const { manager } = await api("/manage/me", { token: managerToken });
  const managed = new Set(manager.centers.map((c: any) => c.id));
  const { centers } = await api("/store/centers?limit=50");
  const center = centers.find(
    (c: any) => managed.has(c.id) && c.sales_channel_id && seller.memberships.some((m: any) => m.status === "approved" && m.center?.id === c.id),
  );
  return { center, seller, manager, centers };
}

/** A guest books one seat with the questionnaire's answer (the snapshot is recorded by a subscriber just after the order). */
export async function bookSeat(salesChannelId: string, variantId: string, email: string, impact: Record<string, unknown>) {
  const { regions } = await api("/store/regions");
  const region = regions.find((r: any) => r.currency_code === "rub") ?? regions[0];
  const { cart } = await api("/store/carts", { body: { region_id: region.id, sales_channel_id: salesChannelId, email } });
  await api(`/store/carts/${cart.id}/line-items`, { body: { variant_id: variantId, quantity: 1, metadata: { attendees: ["Соседка"], impact } } });
  const { shipping_options } = await api(`/store/shipping-options?cart_id=${cart.id}`);
  await api(`/store/carts/${cart.id}/shipping-methods`, { body: { option_id: shipping_options[0].id } });
  const { payment_collection } = await api("/store/payment-collections", { body: { cart_id: cart.id } });
  await api(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { body: { provider_id: "pp_system_default" } });
  const done = await api(`/store/carts/${cart.id}/complete`, { body: {} });
  expect(done.type, JSON.stringify(done.error ?? {})).toBe("order");
}

/** Moscow wall-clock `hh:mm`, `days` from today, as UTC ISO. */
export function moscow(days: number, hhmm: string): string {
  const local = new Date(Date.now() + 3 * 3600_000);
  const [h, m] = hhmm.split(":").map(Number);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, h, m) - 3 * 3600_000).toISOString();
}
