// Straight calls to the running backend for end-to-end specs that prepare data through the API.
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
