// /sell/products/import — products from a CSV file (the backend's template): all rows or none.
// A refused file shows its row errors as a table; a good one → /sell with «Загружено товаров: N».
import { toLogin, withRole } from "../accounts";
import { href, isPost, pageLocale, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import { normalizeError } from "../medusa";
import { importMyProducts, type ImportRowError } from "../seller-account";
import type { BasePageData } from "./common";

export interface SellProductImportData extends BasePageData {
  status?: number;
  /** A problem with the form itself (no file, not a CSV, too big). */
  fileError: MessageKey | null;
  /** The backend's summary (Russian) when the file was refused. */
  message: string | null;
  rows: ImportRowError[];
}

export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/** The file's text without its BOM. */
export function csvText(raw: string): string {
  return raw.replace(/^\uFEFF/, "");
}

export async function loadSellProductImport(ctx: Ctx): Promise<Response | SellProductImportData> {
  const locale = pageLocale(ctx);

  return withRole<SellProductImportData>(ctx, "seller", locale, async (token) => {
    const data: SellProductImportData = { locale, fileError: null, message: null, rows: [] };
    if (!isPost(ctx)) return data;

    data.status = 422;
    const form = await readForm(ctx.request);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      data.fileError = "sell.import.fileRequired";
      return data;
    }
    if (file.size > IMPORT_MAX_BYTES) {
      data.fileError = "sell.import.fileTooBig";
      return data;
    }
    let result;
    try {
      result = await importMyProducts(token, csvText(await file.text()));
    } catch (error) {
      throw normalizeError(error);
    }
    if (result.ok) return seeOther(href(locale, "/sell", { done: "imported", count: result.imported }) + "#products");
    if (result.status === 401) return toLogin(locale, "seller", "/sell/products/import");
    if (result.status >= 500) throw new Error(`product import failed: ${result.status} ${result.message}`);
    data.message = result.message || null;
    data.rows = result.errors;
    if (!data.message && !data.rows.length) data.fileError = "sell.import.errorGeneric";
    return data;
  });
}
