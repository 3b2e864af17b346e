// /account/notifications — «Уведомления»: what the platform told the resident, newest first.
import { withRole } from "../accounts";
import { notFound, pageLocale, parsePositiveInt, type Ctx } from "../http";
import { sdkFor } from "../medusa";
import { listMyNotifications, NOTIFICATIONS_PAGE_SIZE, type ResidentNotification } from "../notifications";
import type { BasePageData } from "./common";

export interface AccountNotificationsData extends BasePageData {
  notifications: ResidentNotification[];
  page: number;
  pages: number;
}

export async function loadAccountNotifications(ctx: Ctx): Promise<Response | AccountNotificationsData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const page = parsePositiveInt(ctx.url.searchParams.get("page"), 1);
  return withRole<AccountNotificationsData>(ctx, "customer", locale, async (token) => {
    const { notifications, count } = await listMyNotifications(sdk, token, page);
    const pages = Math.max(1, Math.ceil(count / NOTIFICATIONS_PAGE_SIZE));
    if (page > pages) return notFound();
    return { locale, notifications, page, pages };
  });
}
