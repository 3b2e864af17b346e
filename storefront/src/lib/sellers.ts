import type { Locale, MessageKey } from "./i18n";
import { t } from "./i18n";
import { orNull, storeGet, type Sdk } from "./medusa";
import type { SellerDetail, TaxStatus } from "./types";

export async function getSeller(sdk: Sdk, handle: string): Promise<SellerDetail | null> {
  const res = await orNull(storeGet<{ seller: SellerDetail }>(sdk, `/store/sellers/${encodeURIComponent(handle)}`));
  return res?.seller ?? null;
}

/** НПД -> «самозанятый мастер», etc. */
export function taxStatusLabel(status: TaxStatus | string | null | undefined, locale: Locale): string | null {
  const known: TaxStatus[] = ["npd", "ip", "individual", "organization"];
  return status && (known as string[]).includes(status) ? t(locale, `seller.tax.${status}` as MessageKey) : null;
}
