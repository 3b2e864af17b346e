// Residents' orders as the artisan sees them (`/sellers/me/orders…`: only the artisan's own items
// of each order) and, for the resident, each artisan's part of an order (`/store/orders/:id/parts`).
import { actorFetch } from "./accounts";
import type { MessageKey } from "./i18n";
import { orNull, storeGet, type Sdk } from "./medusa";

export type OrderPartStatus = "new" | "ready_for_pickup" | "handed_over";
export const ORDER_PART_STATUSES: readonly OrderPartStatus[] = ["new", "ready_for_pickup", "handed_over"];

export interface OrderPartItem {
  id: string;
  title: string;
  variant_title: string | null;
  thumbnail: string | null;
  quantity: number;
  unit_price: number;
}

export interface PartCenter {
  id: string;
  handle: string;
  name: string;
  address: string;
}

export interface SellerOrder {
  order_id: string;
  display_id: number | string;
  created_at: string;
  status: OrderPartStatus;
  handed_over_at: string | null;
  receipt_number: string | null;
  seller?: { handle: string; name: string } | null;
  pickup_center: PartCenter | null;
  items: OrderPartItem[];
  total: number;
  buyer: { name: string | null; phone: string | null; email: string | null } | null;
}

/** The resident's view of one artisan's part of an order. */
export interface OrderPart {
  order_id: string;
  display_id: number | string;
  status: OrderPartStatus;
  seller: { handle: string; name: string } | null;
  pickup_center: PartCenter | null;
  items: OrderPartItem[];
  total: number;
}

const ORDER_ID_RE = /^order_[A-Za-z0-9]{10,60}$/;

export function isOrderId(value: string | null | undefined): value is string {
  return ORDER_ID_RE.test(value ?? "");
}

export function isOrderPartStatus(value: string | null | undefined): value is OrderPartStatus {
  return (ORDER_PART_STATUSES as readonly string[]).includes(value ?? "");
}

/** The one step an order part can take next (forward only), or null once handed over. */
export function nextPartStatus(status: OrderPartStatus): Exclude<OrderPartStatus, "new"> | null {
  if (status === "new") return "ready_for_pickup";
  if (status === "ready_for_pickup") return "handed_over";
  return null;
}

/** Newest first (by placement time), stable for equal times. */
export function newestFirst<T extends { created_at: string }>(orders: T[]): T[] {
  return [...orders].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
}

/** «Мой налог» receipt number: 3–40 letters, digits or dashes (as the backend checks it). */
export type ReceiptCheck = { ok: true; value: string } | { ok: false; error: MessageKey };

export function checkReceiptNumber(raw: string): ReceiptCheck {
  const value = raw.trim().replace(/\s+/g, "");
  if (!value) return { ok: false, error: "sellOrders.receiptRequired" };
  if (!/^[0-9A-Za-zА-Яа-яЁё-]+$/.test(value) || value.length < 3 || value.length > 40) {
    return { ok: false, error: "sellOrders.receiptInvalid" };
  }
  return { ok: true, value };
}

/** The artisan's wording of a status. */
export function sellerStatusKey(status: OrderPartStatus): MessageKey {
  return `sellOrders.status.${status}` as MessageKey;
}

/** The resident's wording: «Готовится», «Готов к выдаче», «Выдан». */
export function residentStatusKey(status: OrderPartStatus): MessageKey {
  return `order.part.${status}` as MessageKey;
}

export async function listMyOrders(sdk: Sdk, token: string): Promise<SellerOrder[]> {
  const { orders } = await actorFetch<{ orders: SellerOrder[]; count: number }>(sdk, token, "/sellers/me/orders");
  return newestFirst(orders ?? []);
}

export async function getMyOrder(sdk: Sdk, token: string, id: string): Promise<SellerOrder | null> {
  const { order } = await actorFetch<{ order: SellerOrder | null }>(sdk, token, `/sellers/me/orders/${encodeURIComponent(id)}`);
  return order ?? null;
}

export async function setMyOrderStatus(sdk: Sdk, token: string, id: string, status: "ready_for_pickup" | "handed_over"): Promise<void> {
  await actorFetch(sdk, token, `/sellers/me/orders/${encodeURIComponent(id)}`, { method: "POST", body: { status } });
}

export async function setMyOrderReceipt(sdk: Sdk, token: string, id: string, receiptNumber: string): Promise<void> {
  await actorFetch(sdk, token, `/sellers/me/orders/${encodeURIComponent(id)}/receipt`, {
    method: "POST",
    body: { receipt_number: receiptNumber },
  });
}

/** Each artisan's part of a resident's order (empty when the backend has none). */
export async function getOrderParts(sdk: Sdk, orderId: string): Promise<OrderPart[]> {
  if (!isOrderId(orderId)) return [];
  const res = await orNull(storeGet<{ parts: OrderPart[] }>(sdk, `/store/orders/${encodeURIComponent(orderId)}/parts`));
  return res?.parts ?? [];
}
