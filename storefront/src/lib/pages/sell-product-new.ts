// /sell/products/new — a new product, offered at the centers that approved the artisan.
import { isRefusal, withRole } from "../accounts";
import type { FieldMessage } from "../backend-errors";
import { href, isPost, pageLocale, readForm, seeOther, type Ctx } from "../http";
import { errorMessage, isBackendUnavailable, normalizeError, sdkFor } from "../medusa";
import { approvedCenters, createMyProduct, getMySeller, uploadMyFiles, type Membership } from "../seller-account";
import {
  emptyProductValues,
  mapProductErrors,
  photoError,
  productInputFromForm,
  validateProduct,
  type ProductErrors,
  type ProductValues,
} from "../seller-forms";
import { listCategories, type CategoryChoice } from "../categories";
import type { BasePageData } from "./common";

export interface SellProductNewData extends BasePageData {
  status?: number;
  /** Centers where the artisan is approved: the only choices. */
  centers: Membership["center"][];
  /** Centers still deciding on the application (for the «not approved yet» notice). */
  pendingCenters: Membership["center"][];
  categories: CategoryChoice[];
  /** The operator suspended the artisan: nothing can be added. */
  suspended: boolean;
  values: ProductValues;
  errors: ProductErrors;
  formErrors: FieldMessage[];
}

export async function loadSellProductNew(ctx: Ctx): Promise<Response | SellProductNewData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);

  return withRole<SellProductNewData>(ctx, "seller", locale, async (token) => {
    const [seller, categories] = await Promise.all([getMySeller(sdk, token), listCategories(sdk)]);
    const centers = approvedCenters(seller);
    const data: SellProductNewData = {
      locale,
      centers,
      categories,
      pendingCenters: seller.memberships.filter((m) => m.status === "pending").map((m) => m.center),
      suspended: seller.status === "suspended",
      // one center: it is the only choice, so it is chosen
      values: emptyProductValues(centers.length === 1 ? [centers[0].id] : []),
      errors: {},
      formErrors: [],
    };
    if (!isPost(ctx)) return data;

    data.status = 422;
    const form = await readForm(ctx.request);
    data.values = productInputFromForm(form);
    const chosen = form.get("files");
    const photo = chosen instanceof File && chosen.size > 0 ? chosen : null;
    if (centers.length === 0 || data.suspended) return data;
    const result = validateProduct(
      data.values,
      centers.map((c) => c.id),
      categories.map((c) => c.id),
    );
    data.errors = result.errors;
    const fileError = photoError(photo);
    if (fileError) data.errors = { ...data.errors, files: fileError };
    if (!result.ok || !result.data || fileError) return data;

    try {
      let body = result.data;
      if (photo) {
        // the file goes first (the backend answers with its URL), then the product with it
        const [uploaded] = await uploadMyFiles(sdk, token, [photo]);
        if (uploaded?.url) body = { ...body, images: [uploaded.url, ...(body.images ?? [])] };
      }
      await createMyProduct(sdk, token, body);
    } catch (error) {
      if (isBackendUnavailable(error) || !isRefusal(error)) throw normalizeError(error);
      const mapped = mapProductErrors(errorMessage(error));
      data.errors = mapped.fields;
      data.formErrors = mapped.general;
      if (!Object.keys(mapped.fields).length && !mapped.general.length) data.formErrors = ["sell.product.errorGeneric"];
      return data;
    }
    return seeOther(href(locale, "/sell", { done: result.data.status === "published" ? "created" : "draft" }) + "#products");
  });
}
