// /sell/products/:id — edit a product: its title, description and status (one form), and each
// variant's price and stock (one small form per variant). Another artisan's product is a 404.
import { isRefusal, withRole } from "../accounts";
import type { FieldMessage } from "../backend-errors";
import { formString, href, isPost, notFound, pageLocale, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import { errorMessage, isBackendUnavailable, normalizeError, sdkFor } from "../medusa";
import { approvedCenters, getMyProduct, getMySeller, updateMyProduct, updateMyVariant, type Membership, type SellerProduct } from "../seller-account";
import {
  editInputFromForm,
  mapEditErrors,
  mapVariantErrors,
  validateProductEdit,
  validateVariantEdit,
  type EditField,
  type EditValues,
  type VariantEditField,
} from "../seller-forms";
import { listCategories, type CategoryChoice } from "../categories";
import type { BasePageData } from "./common";

export interface SellProductEditData extends BasePageData {
  status?: number;
  product: SellerProduct;
  /** the artisan's approved centers: the choices for where it is offered */
  centers: Membership["center"][];
  categories: CategoryChoice[];
  values: EditValues;
  errors: Partial<Record<EditField, FieldMessage>>;
  formErrors: FieldMessage[];
  /** The variant whose form was sent and refused, with what was typed. */
  variantForm: { id: string; price: string; stock: string; errors: Partial<Record<VariantEditField, FieldMessage>>; general: FieldMessage[] } | null;
  notice: MessageKey | null;
}

const NOTICES: Record<string, MessageKey> = {
  saved: "sell.edit.saved",
  variant: "sell.edit.variantSaved",
};

export async function loadSellProductEdit(ctx: Ctx): Promise<Response | SellProductEditData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const id = ctx.params.id ?? "";
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(id)) return notFound();

  return withRole<SellProductEditData>(ctx, "seller", locale, async (token) => {
    const [product, seller, categories] = await Promise.all([getMyProduct(sdk, token, id), getMySeller(sdk, token), listCategories(sdk)]);
    const centers = approvedCenters(seller);
    const self = `/sell/products/${product.id}`;
    const data: SellProductEditData = {
      locale,
      product,
      centers,
      categories,
      values: {
        title: product.title,
        description: product.description ?? "",
        category_id: product.categories?.[0]?.id ?? "",
        center_ids: product.center_ids ?? [],
        status: product.status === "published" ? "published" : "draft",
      },
      errors: {},
      formErrors: [],
      variantForm: null,
      notice: NOTICES[ctx.url.searchParams.get("done") ?? ""] ?? null,
    };
    if (!isPost(ctx)) return data;

    data.notice = null;
    data.status = 422;
    const form = await readForm(ctx.request);
    const variantId = formString(form, "variant_id", 100);
    if (variantId) {
      const variant = (product.variants ?? []).find((v) => v.id === variantId);
      if (!variant) return seeOther(href(locale, self));
      const typed = { price: formString(form, "price", 30), stock: formString(form, "stock", 30) };
      const result = validateVariantEdit(typed);
      data.variantForm = { id: variant.id, ...typed, errors: result.errors, general: [] };
      if (!result.ok || !result.data) return data;
      try {
        await updateMyVariant(sdk, token, product.id, variant.id, result.data);
      } catch (error) {
        if (isBackendUnavailable(error) || !isRefusal(error)) throw normalizeError(error);
        const mapped = mapVariantErrors(errorMessage(error));
        data.variantForm.errors = mapped.fields;
        data.variantForm.general = mapped.general.length || Object.keys(mapped.fields).length ? mapped.general : ["sell.product.errorGeneric"];
        return data;
      }
      return seeOther(href(locale, self, { done: "variant" }) + `#variant-${variant.id}`);
    }

    data.values = editInputFromForm(form);
    const result = validateProductEdit(
      data.values,
      centers.map((c) => c.id),
      categories.map((c) => c.id),
    );
    data.errors = result.errors;
    if (!result.ok) return data;
    try {
      await updateMyProduct(sdk, token, product.id, {
        title: data.values.title,
        description: data.values.description,
        status: data.values.status,
        center_ids: data.values.center_ids,
        category_id: data.values.category_id || null,
      });
    } catch (error) {
      if (isBackendUnavailable(error) || !isRefusal(error)) throw normalizeError(error);
      const mapped = mapEditErrors(errorMessage(error));
      data.errors = mapped.fields;
      data.formErrors = mapped.general.length || Object.keys(mapped.fields).length ? mapped.general : ["sell.product.errorGeneric"];
      return data;
    }
    return seeOther(href(locale, self, { done: "saved" }));
  });
}
