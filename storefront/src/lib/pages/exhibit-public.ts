// /centers/:handle/exhibits/:id (and …/catalog): a pop-up exhibit for residents — when and where
// (Moscow time), the approved artisans and their goods; the catalog adds a QR code per item.
import { catalogItems, getPublicExhibit, qrSvg, type CatalogItem, type PublicExhibit } from "../exhibits";
import { notFound, pageLocale, type Ctx } from "../http";
import { localePath } from "../i18n";
import { sdkFor } from "../medusa";
import type { BasePageData } from "./common";

export interface ExhibitPublicData extends BasePageData {
  exhibit: PublicExhibit;
  /** the catalog's items with their QR codes (catalog page only) */
  items: (CatalogItem & { qr: string })[];
}

export async function loadExhibitPublic(ctx: Ctx, opts: { catalog?: boolean } = {}): Promise<Response | ExhibitPublicData> {
  const locale = pageLocale(ctx);
  const exhibit = await getPublicExhibit(sdkFor(ctx.locals), ctx.params.id ?? "");
  if (!exhibit || exhibit.center.handle !== ctx.params.handle) return notFound();
  const items = opts.catalog
    ? await Promise.all(
        catalogItems(exhibit, ctx.url.origin, localePath(locale, "/").replace(/\/$/, "")).map(async (item) => ({
          ...item,
          qr: await qrSvg(item.url),
        })),
      )
    : [];
  return { locale, exhibit, items };
}
