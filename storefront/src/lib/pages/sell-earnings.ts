// /sell/earnings — months of the year (gross, fee, net), НПД income against the cap, paid orders
// still without a «Мой налог» receipt (each links to the order page's receipt form).
import { withRole } from "../accounts";
import { getMyEarnings, npdPercent, npdWarning, parseYear, type Earnings } from "../earnings";
import { pageLocale, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import { sdkFor } from "../medusa";
import type { BasePageData } from "./common";

export interface SellEarningsData extends BasePageData {
  year: number;
  earnings: Earnings;
  npdPercent: number | null;
  npdWarning: MessageKey | null;
}

export async function loadSellEarnings(ctx: Ctx): Promise<Response | SellEarningsData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const year = parseYear(ctx.url.searchParams.get("year"));
  return withRole<SellEarningsData>(ctx, "seller", locale, async (token) => {
    const earnings = await getMyEarnings(sdk, token, year);
    const npd = earnings.npd;
    return {
      locale,
      year,
      earnings,
      npdPercent: npd ? npdPercent(npd.income, npd.cap) : null,
      npdWarning: npd ? npdWarning(npd.income, npd.cap) : null,
    };
  });
}
