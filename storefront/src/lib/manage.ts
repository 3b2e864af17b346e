// The center manager's data: `/manage/me` and the artisans of a center.
import { actorFetch } from "./accounts";
import type { Sdk } from "./medusa";
import { MEMBERSHIP_STATUSES, type MembershipStatus } from "./seller-account";
import type { MessageKey } from "./i18n";
import type { TaxStatus } from "./types";

export interface ManagedCenter {
  id: string;
  handle: string;
  name: string;
  district: string;
  address: string;
}

export interface Manager {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  centers: ManagedCenter[];
}

export interface CenterMembership {
  status: MembershipStatus;
  requested_at: string | null;
  seller: {
    id: string;
    handle: string;
    name: string;
    bio: string | null;
    tax_status: TaxStatus;
    phone: string | null;
    email: string | null;
    status: string;
  };
}

/** What a manager may set a membership to. */
export type Decision = "approved" | "declined" | "suspended";
export const DECISIONS: readonly Decision[] = ["approved", "declined", "suspended"];

export async function getManager(sdk: Sdk, token: string): Promise<Manager> {
  const { manager } = await actorFetch<{ manager: Manager }>(sdk, token, "/manage/me");
  return { ...manager, centers: manager.centers ?? [] };
}

export async function listCenterSellers(sdk: Sdk, token: string, centerId: string, status?: MembershipStatus): Promise<CenterMembership[]> {
  const { memberships } = await actorFetch<{ memberships: CenterMembership[] }>(
    sdk,
    token,
    `/manage/centers/${encodeURIComponent(centerId)}/sellers`,
    { query: status ? { status } : undefined },
  );
  return memberships ?? [];
}

export async function decideMembership(sdk: Sdk, token: string, centerId: string, sellerId: string, status: Decision): Promise<void> {
  await actorFetch(sdk, token, `/manage/centers/${encodeURIComponent(centerId)}/sellers/${encodeURIComponent(sellerId)}`, {
    method: "POST",
    body: { status },
  });
}

/** Which decisions a membership in `status` can take next (the buttons next to an artisan). */
export function decisionsFor(status: MembershipStatus): Decision[] {
  switch (status) {
    case "pending":
      return ["approved", "declined"];
    case "approved":
      return ["suspended"];
    case "suspended":
    case "declined":
      return ["approved"];
  }
}

/** Group order on the center page: new requests first. */
export const GROUP_ORDER: readonly MembershipStatus[] = ["pending", "approved", "suspended", "declined"];

export interface MembershipGroup {
  status: MembershipStatus;
  memberships: CenterMembership[];
}

/** Memberships grouped by status (every group, empty ones too), oldest request first within a group. */
export function groupMemberships(memberships: CenterMembership[]): MembershipGroup[] {
  const collator = new Intl.Collator("ru");
  return GROUP_ORDER.map((status) => ({
    status,
    memberships: memberships
      .filter((m) => m.status === status)
      .sort((a, b) => String(a.requested_at ?? "").localeCompare(String(b.requested_at ?? "")) || collator.compare(a.seller.name, b.seller.name)),
  }));
}

export function isMembershipStatus(value: string | null | undefined): value is MembershipStatus {
  return (MEMBERSHIP_STATUSES as readonly string[]).includes(value ?? "");
}

// ---- the center's own shop: which products it offers, «Выбор центра» ----------------------

export interface CenterShopProduct {
  id: string;
  title: string;
  status: string;
  thumbnail: string | null;
  seller: { handle: string; name: string };
  in_shop: boolean;
  featured_rank: number | null;
}

export interface CenterShopChange {
  add?: string[];
  remove?: string[];
  /** The full new order of «Выбор центра». */
  featured_product_ids?: string[];
}

export async function getCenterShop(sdk: Sdk, token: string, centerId: string): Promise<CenterShopProduct[]> {
  const { products } = await actorFetch<{ products: CenterShopProduct[] }>(sdk, token, `/manage/centers/${encodeURIComponent(centerId)}/shop`);
  return products ?? [];
}

export async function updateCenterShop(sdk: Sdk, token: string, centerId: string, change: CenterShopChange): Promise<void> {
  await actorFetch(sdk, token, `/manage/centers/${encodeURIComponent(centerId)}/shop`, { method: "POST", body: change });
}

/** The featured products' ids in their order. */
export function featuredOrder(products: Pick<CenterShopProduct, "id" | "featured_rank">[]): string[] {
  return products
    .filter((p) => p.featured_rank !== null && p.featured_rank !== undefined)
    .sort((a, b) => (a.featured_rank ?? 0) - (b.featured_rank ?? 0))
    .map((p) => p.id);
}

export type ShopAction = "add" | "remove" | "feature" | "unfeature" | "up" | "down";
export const SHOP_ACTIONS: readonly ShopAction[] = ["add", "remove", "feature", "unfeature", "up", "down"];

/** One button on the shop page → the change to send (null: nothing to do). */
export function shopChange(action: ShopAction, productId: string, featured: string[]): CenterShopChange | null {
  const i = featured.indexOf(productId);
  const swap = (a: number, b: number) => {
    const next = [...featured];
    [next[a], next[b]] = [next[b], next[a]];
    return next;
  };
  switch (action) {
    case "add":
      return { add: [productId] };
    case "remove":
      return i >= 0 ? { remove: [productId], featured_product_ids: featured.filter((id) => id !== productId) } : { remove: [productId] };
    case "feature":
      return i >= 0 ? null : { featured_product_ids: [...featured, productId] };
    case "unfeature":
      return i < 0 ? null : { featured_product_ids: featured.filter((id) => id !== productId) };
    case "up":
      return i > 0 ? { featured_product_ids: swap(i, i - 1) } : null;
    case "down":
      return i >= 0 && i < featured.length - 1 ? { featured_product_ids: swap(i, i + 1) } : null;
  }
}

// ---- the center's profile --------------------------------------------------------------

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface CenterProfile {
  id: string;
  handle: string;
  name: string;
  address: string;
  description: string | null;
  phone: string | null;
  email: string | null;
  opening_hours: Partial<Record<Weekday, [string, string] | null>> | null;
}

export interface CenterProfileBody {
  name: string;
  address: string;
  description: string;
  phone: string;
  email: string;
  opening_hours: Record<Weekday, [string, string] | null>;
}

export async function getCenterProfile(sdk: Sdk, token: string, centerId: string): Promise<CenterProfile> {
  const { center } = await actorFetch<{ center: CenterProfile }>(sdk, token, `/manage/centers/${encodeURIComponent(centerId)}`);
  return center;
}

export async function updateCenterProfile(sdk: Sdk, token: string, centerId: string, body: Partial<CenterProfileBody>): Promise<void> {
  await actorFetch(sdk, token, `/manage/centers/${encodeURIComponent(centerId)}`, { method: "POST", body });
}

export type ProfileField = "name" | "address" | "description" | "phone" | "email" | `hours_${Weekday}`;

export interface ProfileValues {
  name: string;
  address: string;
  description: string;
  phone: string;
  email: string;
  hours: Record<Weekday, { open: string; close: string }>;
}

export function profileValues(center: CenterProfile): ProfileValues {
  const hours = Object.fromEntries(
    WEEKDAYS.map((d) => {
      const h = center.opening_hours?.[d];
      return [d, { open: h?.[0] ?? "", close: h?.[1] ?? "" }];
    }),
  ) as ProfileValues["hours"];
  return {
    name: center.name ?? "",
    address: center.address ?? "",
    description: center.description ?? "",
    phone: center.phone ?? "",
    email: center.email ?? "",
    hours,
  };
}

const field = (form: FormData, name: string, max: number) => {
  const v = form.get(name);
  return typeof v === "string" ? v.trim().slice(0, max) : "";
};

export function profileFromForm(form: FormData): ProfileValues {
  return {
    name: field(form, "name", 200),
    address: field(form, "address", 500),
    description: field(form, "description", 5000).replace(/\r\n?/g, "\n"),
    phone: field(form, "phone", 40),
    email: field(form, "email", 254),
    hours: Object.fromEntries(WEEKDAYS.map((d) => [d, { open: field(form, `open_${d}`, 10), close: field(form, `close_${d}`, 10) }])) as ProfileValues["hours"],
  };
}

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Check the profile form: both times or neither (closed), HH:MM, opening before closing. */
export function validateProfile(values: ProfileValues): { errors: Partial<Record<ProfileField, MessageKey>>; body?: CenterProfileBody } {
  const errors: Partial<Record<ProfileField, MessageKey>> = {};
  if (values.name.length < 2) errors.name = "manage.profile.nameRequired";
  if (values.address.length < 5) errors.address = "manage.profile.addressRequired";
  const opening_hours = {} as CenterProfileBody["opening_hours"];
  for (const d of WEEKDAYS) {
    const { open, close } = values.hours[d];
    if (!open && !close) {
      opening_hours[d] = null;
      continue;
    }
    if (!TIME_RE.test(open) || !TIME_RE.test(close)) errors[`hours_${d}`] = "manage.profile.hoursInvalid";
    else if (open >= close) errors[`hours_${d}`] = "manage.profile.hoursOrder";
    opening_hours[d] = [open, close];
  }
  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    body: {
      name: values.name,
      address: values.address,
      description: values.description,
      phone: values.phone,
      email: values.email,
      opening_hours,
    },
  };
}

/** `POST /manage/centers/:id` said no: «opening_hours.tue: …» → the Tuesday row. */
export function mapProfileErrors(message: string): { fields: Partial<Record<ProfileField, string>>; general: string[] } {
  const out: { fields: Partial<Record<ProfileField, string>>; general: string[] } = { fields: {}, general: [] };
  const body = message.replace(/^\s*Invalid request:\s*/i, "");
  for (const part of body.split(/;\s+/).filter(Boolean)) {
    const m = /^([a-z_]+)(?:\.([a-z]+))?[^:]*:\s*(.+)$/i.exec(part.trim());
    const name = m?.[1] === "opening_hours" && m[2] && (WEEKDAYS as readonly string[]).includes(m[2]) ? `hours_${m[2]}` : m?.[1];
    if (m && name && ["name", "address", "description", "phone", "email", ...WEEKDAYS.map((d) => `hours_${d}`)].includes(name)) {
      out.fields[name as ProfileField] ??= m[3];
    } else out.general.push(part.trim());
  }
  return out;
}
