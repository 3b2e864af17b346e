import { orNull, storeGet, type Sdk } from "./medusa";
import type { Center, CenterDetail } from "./types";

interface CenterList {
  centers: Center[];
  count: number;
  limit: number;
  offset: number;
}

export async function listCenters(
  sdk: Sdk,
  filters: { district?: string; salesChannelId?: string; limit?: number; offset?: number } = {},
): Promise<Center[]> {
  const { centers } = await storeGet<CenterList>(sdk, "/store/centers", {
    district: filters.district,
    sales_channel_id: filters.salesChannelId,
    limit: filters.limit ?? 100,
    offset: filters.offset ?? 0,
  });
  return centers ?? [];
}

/** Cards per page of a center's shop. */
export const SHOP_PAGE_SIZE = 24;

/** The center with its sellers, rooms and page `page` (1-based) of its shop — one request. */
export async function getCenter(sdk: Sdk, handle: string, page = 1): Promise<CenterDetail | null> {
  const res = await orNull(
    storeGet<{ center: CenterDetail }>(sdk, `/store/centers/${encodeURIComponent(handle)}`, {
      limit: SHOP_PAGE_SIZE,
      offset: (Math.max(1, page) - 1) * SHOP_PAGE_SIZE,
    }),
  );
  if (!res?.center) return null;
  const products = res.center.products ?? [];
  return { ...res.center, products, products_count: res.center.products_count ?? products.length };
}

/** The center whose shop (sales channel) a cart or an order belongs to. */
export async function centerBySalesChannel(sdk: Sdk, salesChannelId: string | null | undefined): Promise<Center | null> {
  if (!salesChannelId) return null;
  const centers = await listCenters(sdk, { salesChannelId, limit: 1 });
  return centers.find((c) => c.sales_channel_id === salesChannelId) ?? centers[0] ?? null;
}

export interface DistrictGroup<C extends { district: string; name: string }> {
  district: string;
  centers: C[];
}

/** Centers grouped by district; districts and centers sorted alphabetically (Russian collation). */
export function groupByDistrict<C extends { district: string; name: string }>(centers: C[]): DistrictGroup<C>[] {
  const groups = new Map<string, C[]>();
  for (const center of centers) {
    const district = center.district?.trim() || "—";
    if (!groups.has(district)) groups.set(district, []);
    groups.get(district)!.push(center);
  }
  const collator = new Intl.Collator("ru");
  return [...groups.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([district, list]) => ({ district, centers: list.sort((a, b) => collator.compare(a.name, b.name)) }));
}
