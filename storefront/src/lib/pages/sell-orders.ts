// /sell/orders — the artisan's parts of residents' orders, newest first.
import { withRole } from "../accounts";
import { pageLocale, type Ctx } from "../http";
import { sdkFor } from "../medusa";
import { listMyOrders, type SellerOrder } from "../seller-orders";
import type { BasePageData } from "./common";

export interface SellOrdersData extends BasePageData {
  orders: SellerOrder[];
}

export async function loadSellOrders(ctx: Ctx): Promise<Response | SellOrdersData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  return withRole<SellOrdersData>(ctx, "seller", locale, async (token) => ({
    locale,
    orders: await listMyOrders(sdk, token),
  }));
}
