// /sell/exhibits — exhibits at the artisan's approved centers: apply with chosen goods, change
// the goods and note while the application is pending, or withdraw it.
import { isRefusal, withRole } from "../accounts";
import type { FieldMessage } from "../backend-errors";
import { applyToExhibit, chosenProducts, listMyExhibits, withdrawApplication, type SellerExhibit } from "../exhibits";
import { formString, href, isPost, pageLocale, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import { errorMessage, isBackendUnavailable, normalizeError, sdkFor } from "../medusa";
import type { BasePageData } from "./common";

export interface ExhibitSellData extends BasePageData {
  status?: number;
  exhibits: SellerExhibit[];
  notice: MessageKey | null;
  /** the refused form: which exhibit, what was chosen and typed, and why */
  form: { exhibitId: string; productIds: string[]; note: string; error: FieldMessage } | null;
}

const NOTICES: Record<string, MessageKey> = {
  applied: "exhibits.sell.applied",
  updated: "exhibits.sell.updated",
  withdrawn: "exhibits.sell.withdrawn",
};

export async function loadExhibitSell(ctx: Ctx): Promise<Response | ExhibitSellData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  return withRole<ExhibitSellData>(ctx, "seller", locale, async (token) => {
    const exhibits = await listMyExhibits(sdk, token);
    const data: ExhibitSellData = {
      locale,
      exhibits,
      notice: NOTICES[ctx.url.searchParams.get("done") ?? ""] ?? null,
      form: null,
    };
    if (!isPost(ctx)) return data;
    data.notice = null;
    const form = await readForm(ctx.request);
    const exhibit = exhibits.find((e) => e.id === formString(form, "exhibit_id", 100));
    if (!exhibit) return seeOther(href(locale, "/sell/exhibits"));
    const intent = formString(form, "intent", 20);
    const anchor = `#exhibit-${exhibit.id}`;
    try {
      if (intent === "withdraw") {
        await withdrawApplication(sdk, token, exhibit.id);
        return seeOther(href(locale, "/sell/exhibits", { done: "withdrawn" }) + anchor);
      }
      const productIds = chosenProducts(form, exhibit.eligible_products.map((p) => p.id));
      const note = formString(form, "note", 1001);
      if (!productIds.length || note.length > 1000) {
        data.status = 422;
        data.form = { exhibitId: exhibit.id, productIds, note, error: !productIds.length ? "exhibits.error.productsRequired" : "exhibits.error.noteLong" };
        return data;
      }
      const had = exhibit.application && exhibit.application.status === "pending";
      await applyToExhibit(sdk, token, exhibit.id, { product_ids: productIds, note });
      return seeOther(href(locale, "/sell/exhibits", { done: had ? "updated" : "applied" }) + anchor);
    } catch (error) {
      if (isBackendUnavailable(error) || !isRefusal(error)) throw normalizeError(error);
      data.status = 409;
      data.form = {
        exhibitId: exhibit.id,
        productIds: form.getAll("product_ids").filter((v): v is string => typeof v === "string"),
        note: formString(form, "note", 1000),
        error: { text: errorMessage(error).replace(/^[a-z_]+:\s*/i, "") },
      };
      return data;
    }
  });
}
