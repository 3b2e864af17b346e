// /sell/classes/:id/feedback — what attendees said about one of the artisan's classes (no names).
import { withRole } from "../accounts";
import { getMyClass, type SellerClass } from "../classes";
import { notFound, pageLocale, type Ctx } from "../http";
import { getMyClassFeedback, type ClassFeedbackReport } from "../impact";
import { sdkFor } from "../medusa";
import type { BasePageData } from "./common";

export interface SellClassFeedbackData extends BasePageData {
  klass: SellerClass;
  report: ClassFeedbackReport;
}

export async function loadSellClassFeedback(ctx: Ctx): Promise<Response | SellClassFeedbackData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const id = ctx.params.id ?? "";
  if (!/^prod_[A-Za-z0-9]{10,60}$/.test(id)) return notFound();
  return withRole<SellClassFeedbackData>(ctx, "seller", locale, async (token) => {
    const [klass, report] = await Promise.all([getMyClass(sdk, token, id), getMyClassFeedback(sdk, token, id)]);
    return { locale, klass, report };
  });
}
