// The artisan's own data: `POST /sellers` (sign-up), `/sellers/me`, `/sellers/me/products…`.
import { actorFetch } from "./accounts";
import { getConfig } from "./config";
import type { Sdk } from "./medusa";
import type { SellerProductBody, SellerSignUpBody } from "./seller-forms";
import type { TaxStatus } from "./types";

export type MembershipStatus = "pending" | "approved" | "declined" | "suspended";
export const MEMBERSHIP_STATUSES: readonly MembershipStatus[] = ["pending", "approved", "declined", "suspended"];

export interface Membership {
  status: MembershipStatus;
  center: { id: string; handle: string; name: string };
}

export interface SellerProfile {
  id: string;
  handle: string;
  name: string;
  bio: string | null;
  tax_status: TaxStatus;
  inn: string;
  phone: string | null;
  email: string | null;
  photo_url: string | null;
  /** pending until a first center approves; suspended by the operator. */
  status: "pending" | "approved" | "suspended";
  memberships: Membership[];
}

export interface SellerProduct {
  id: string;
  handle: string;
  title: string;
  description: string | null;
  status: "draft" | "published" | "proposed" | "rejected";
  thumbnail: string | null;
  variants: { id: string; title: string | null; sku: string | null }[];
  sales_channels: { id: string }[];
  categories?: { id: string; name: string }[];
  /** the centers the artisan chose for it (a manager may still keep it out of a shop) */
  center_ids?: string[];
}

export interface SellerProductPage {
  products: SellerProduct[];
  count: number;
  limit: number;
  offset: number;
}

/** The sign-up: the login's token (from register or login) becomes a pending artisan. */
export async function signUpSeller(sdk: Sdk, token: string, body: SellerSignUpBody): Promise<{ id: string; handle: string; status: string }> {
  const { seller } = await actorFetch<{ seller: { id: string; handle: string; status: string } }>(sdk, token, "/sellers", {
    method: "POST",
    body,
  });
  return seller;
}

export async function getMySeller(sdk: Sdk, token: string): Promise<SellerProfile> {
  const { seller } = await actorFetch<{ seller: SellerProfile }>(sdk, token, "/sellers/me");
  return { ...seller, memberships: seller.memberships ?? [] };
}

export const MY_PRODUCTS_PAGE_SIZE = 20;

export async function listMyProducts(sdk: Sdk, token: string, page = 1): Promise<SellerProductPage> {
  const res = await actorFetch<SellerProductPage>(sdk, token, "/sellers/me/products", {
    query: { limit: MY_PRODUCTS_PAGE_SIZE, offset: (Math.max(1, page) - 1) * MY_PRODUCTS_PAGE_SIZE },
  });
  return { ...res, products: res.products ?? [], count: res.count ?? res.products?.length ?? 0 };
}

export async function getMyProduct(sdk: Sdk, token: string, id: string): Promise<SellerProduct> {
  const { product } = await actorFetch<{ product: SellerProduct }>(sdk, token, `/sellers/me/products/${encodeURIComponent(id)}`);
  return product;
}

export async function createMyProduct(sdk: Sdk, token: string, body: SellerProductBody): Promise<SellerProduct> {
  const { product } = await actorFetch<{ product: SellerProduct }>(sdk, token, "/sellers/me/products", { method: "POST", body });
  return product;
}

/** `POST /sellers/me/uploads`: the artisan's photos → their public URLs. */
export async function uploadMyFiles(sdk: Sdk, token: string, files: File[]): Promise<{ id: string; url: string }[]> {
  const body = new FormData();
  for (const file of files) body.append("files", file, file.name || "photo");
  const res = await actorFetch<{ files: { id: string; url: string }[] }>(sdk, token, "/sellers/me/uploads", {
    method: "POST",
    body,
    multipart: true,
  });
  return res.files ?? [];
}

export async function setMyProductStatus(sdk: Sdk, token: string, id: string, status: "draft" | "published"): Promise<SellerProduct> {
  const { product } = await actorFetch<{ product: SellerProduct }>(sdk, token, `/sellers/me/products/${encodeURIComponent(id)}`, {
    method: "POST",
    body: { status },
  });
  return product;
}

export async function deleteMyProduct(sdk: Sdk, token: string, id: string): Promise<void> {
  await actorFetch(sdk, token, `/sellers/me/products/${encodeURIComponent(id)}`, { method: "DELETE" });
}

/** The centers where the artisan may offer goods. */
export function approvedCenters(seller: Pick<SellerProfile, "memberships">): Membership["center"][] {
  return seller.memberships.filter((m) => m.status === "approved").map((m) => m.center);
}

/** `POST /sellers/me/products/:id`: title, description, status, the centers offering it. */
export async function updateMyProduct(
  sdk: Sdk,
  token: string,
  id: string,
  body: { title?: string; description?: string; category_id?: string | null; status?: "draft" | "published"; center_ids?: string[] },
): Promise<SellerProduct> {
  const { product } = await actorFetch<{ product: SellerProduct }>(sdk, token, `/sellers/me/products/${encodeURIComponent(id)}`, {
    method: "POST",
    body,
  });
  return product;
}

/** `POST /sellers/me/products/:id/variants/:variant_id`: price (RUB) and stock (units at each center). */
export async function updateMyVariant(
  sdk: Sdk,
  token: string,
  id: string,
  variantId: string,
  body: { title?: string; price?: number; stock?: number },
): Promise<void> {
  await actorFetch(sdk, token, `/sellers/me/products/${encodeURIComponent(id)}/variants/${encodeURIComponent(variantId)}`, {
    method: "POST",
    body,
  });
}

function rawHeaders(token: string): Record<string, string> {
  const { publishableKey } = getConfig();
  return { Authorization: `Bearer ${token}`, ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}) };
}

/** The CSV template (text with its BOM), fetched with the artisan's token. */
export async function fetchImportTemplate(token: string): Promise<Response> {
  return fetch(`${getConfig().backendUrl}/sellers/me/product-imports/template`, { headers: rawHeaders(token) });
}

export interface ImportRowError {
  row: number;
  field: string;
  message: string;
}

export type ImportResult =
  | { ok: true; imported: number; product_ids: string[] }
  | { ok: false; status: number; message: string; errors: ImportRowError[] };

/** `POST /sellers/me/product-imports`: all rows or none. */
export async function importMyProducts(token: string, csv: string): Promise<ImportResult> {
  const res = await fetch(`${getConfig().backendUrl}/sellers/me/product-imports`, {
    method: "POST",
    headers: { ...rawHeaders(token), "content-type": "application/json" },
    body: JSON.stringify({ csv }),
  });
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (res.ok) {
    const ids = Array.isArray(json.product_ids) ? (json.product_ids as string[]) : [];
    return { ok: true, imported: typeof json.imported === "number" ? json.imported : ids.length, product_ids: ids };
  }
  const errors = Array.isArray(json.errors)
    ? (json.errors as ImportRowError[]).map((e) => ({ row: Number(e.row), field: String(e.field ?? ""), message: String(e.message ?? "") }))
    : [];
  return { ok: false, status: res.status, message: typeof json.message === "string" ? json.message : "", errors };
}
