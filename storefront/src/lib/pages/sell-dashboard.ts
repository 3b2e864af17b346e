// /sell — the artisan's dashboard: the application's status at each center, own products
// (publish / withdraw from sale; deleting goes through /sell/products/:id/delete).
import { isRefusal, isUnauthorized, withRole } from "../accounts";
import { formString, href, isPost, notFound, pageLocale, parsePositiveInt, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import { errorMessage, isBackendUnavailable, isNotFound, normalizeError, sdkFor } from "../medusa";
import {
  getMySeller,
  listMyProducts,
  MY_PRODUCTS_PAGE_SIZE,
  setMyProductStatus,
  type Membership,
  type SellerProduct,
  type SellerProfile,
} from "../seller-account";
import { taxStatusLabel } from "../sellers";
import { listSellerNotifications, type ResidentNotification } from "../notifications";
import type { BasePageData } from "./common";

export interface DashboardProduct {
  id: string;
  handle: string;
  title: string;
  thumbnail: string | null;
  published: boolean;
  variantCount: number;
}

export interface SellDashboardData extends BasePageData {
  status?: number;
  seller: SellerProfile;
  taxStatus: string | null;
  memberships: Membership[];
  /** At least one center approved the artisan: products can be added. */
  canAddProducts: boolean;
  products: DashboardProduct[];
  /** issue 6: the latest messages addressed to the artisan (center and exhibit decisions, compensations) */
  notifications: ResidentNotification[];
  count: number;
  page: number;
  pages: number;
  notice: MessageKey | null;
  /** The notice's parameters (the number of imported products). */
  noticeParams?: Record<string, string | number>;
  error: MessageKey | null;
}

const NOTICES: Record<string, MessageKey> = {
  joined: "sell.notice.joined",
  created: "sell.notice.created",
  draft: "sell.notice.draft",
  published: "sell.notice.published",
  unpublished: "sell.notice.unpublished",
  deleted: "sell.notice.deleted",
  imported: "sell.notice.imported",
};

function toDashboardProduct(p: SellerProduct): DashboardProduct {
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    thumbnail: p.thumbnail || null,
    published: p.status === "published",
    variantCount: (p.variants ?? []).length,
  };
}

export async function loadSellDashboard(ctx: Ctx): Promise<Response | SellDashboardData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const page = parsePositiveInt(ctx.url.searchParams.get("page"), 1);

  return withRole<SellDashboardData>(ctx, "seller", locale, async (token) => {
    let error: MessageKey | null = null;
    if (isPost(ctx)) {
      const form = await readForm(ctx.request);
      const intent = formString(form, "intent");
      const productId = formString(form, "product_id", 100);
      if ((intent === "publish" || intent === "unpublish") && productId) {
        try {
          await setMyProductStatus(sdk, token, productId, intent === "publish" ? "published" : "draft");
          return seeOther(href(locale, "/sell", { page: page > 1 ? page : undefined, done: `${intent}ed` }) + "#products");
        } catch (e) {
          if (isBackendUnavailable(e) || (!isRefusal(e) && !isNotFound(e))) throw normalizeError(e);
          console.warn(`[storefront] product status change failed: ${errorMessage(e)}`);
          error = "sell.errorStatusChange";
        }
      } else {
        return seeOther(href(locale, "/sell"));
      }
    }

    const [seller, list, notifications] = await Promise.all([
      getMySeller(sdk, token),
      listMyProducts(sdk, token, page),
      // issue 6: the artisan's own messages; the dashboard still opens if they cannot be read
      listSellerNotifications(sdk, token).catch((e) => {
        if (isBackendUnavailable(e) || isUnauthorized(e)) throw normalizeError(e);
        console.warn(`[storefront] seller notifications failed: ${errorMessage(e)}`);
        return { notifications: [], count: 0 };
      }),
    ]);
    const pages = Math.max(1, Math.ceil(list.count / MY_PRODUCTS_PAGE_SIZE));
    if (page > pages) return notFound();
    const done = ctx.url.searchParams.get("done") ?? "";
    return {
      locale,
      status: error ? 422 : undefined,
      seller,
      taxStatus: taxStatusLabel(seller.tax_status, locale),
      memberships: seller.memberships,
      canAddProducts: seller.memberships.some((m) => m.status === "approved") && seller.status !== "suspended",
      products: list.products.map(toDashboardProduct),
      notifications: notifications.notifications,
      count: list.count,
      page,
      pages,
      notice: error ? null : (NOTICES[done] ?? null),
      noticeParams: done === "imported" ? { count: parsePositiveInt(ctx.url.searchParams.get("count"), 0) } : undefined,
      error,
    };
  });
}
