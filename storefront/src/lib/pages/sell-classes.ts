// /sell/classes (the artisan's master classes) and /sell/classes/new (a new one). POST/redirect/GET.
import { isRefusal, withRole } from "../accounts";
import { createMyClass, listMyClasses, type SellerClass } from "../classes";
import { formString, href, isPost, pageLocale, readForm, seeOther, type Ctx } from "../http";
import { errorMessage, isBackendUnavailable, normalizeError, sdkFor } from "../medusa";
import { approvedCenters, getMySeller, type Membership } from "../seller-account";
import type { BasePageData } from "./common";

export interface SellClassesData extends BasePageData {
  classes: SellerClass[];
}

export async function loadSellClasses(ctx: Ctx): Promise<Response | SellClassesData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  return withRole<SellClassesData>(ctx, "seller", locale, async (token) => ({ locale, classes: await listMyClasses(sdk, token) }));
}

export interface ClassFormValues {
  title: string;
  description: string;
  level: string;
  age: string;
  what_to_bring: string;
  materials_fee: string;
  cancellation_hours: string;
  image: string;
  center_id: string;
  publish: boolean;
}

export interface SellClassNewData extends BasePageData {
  status?: number;
  centers: Membership["center"][];
  values: ClassFormValues;
  error: string | null;
}

const LEVELS = new Set(["beginner", "intermediate", "advanced"]);

/** The class form → the backend's body (numbers parsed; empty optional fields left out). */
export function classBody(v: ClassFormValues): Record<string, unknown> {
  const num = (s: string) => (s.trim() === "" ? undefined : Number(s.replace(",", ".")));
  return {
    title: v.title.trim(),
    ...(v.description.trim() ? { description: v.description.trim() } : {}),
    ...(LEVELS.has(v.level) ? { level: v.level } : {}),
    ...(v.age.trim() ? { age: v.age.trim() } : {}),
    ...(v.what_to_bring.trim() ? { what_to_bring: v.what_to_bring.trim() } : {}),
    ...(num(v.materials_fee) !== undefined ? { materials_fee: num(v.materials_fee) } : {}),
    ...(num(v.cancellation_hours) !== undefined ? { cancellation_hours: Math.round(num(v.cancellation_hours)!) } : {}),
    ...(v.image.trim() ? { images: [v.image.trim()] } : {}),
  };
}

export function readClassForm(form: FormData): ClassFormValues {
  return {
    title: formString(form, "title", 200),
    description: formString(form, "description", 5000),
    level: formString(form, "level", 20),
    age: formString(form, "age", 40),
    what_to_bring: formString(form, "what_to_bring", 1000),
    materials_fee: formString(form, "materials_fee", 10),
    cancellation_hours: formString(form, "cancellation_hours", 10),
    image: formString(form, "image", 1000),
    center_id: formString(form, "center_id", 100),
    publish: formString(form, "publish", 10) === "1",
  };
}

export async function loadSellClassNew(ctx: Ctx): Promise<Response | SellClassNewData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  return withRole<SellClassNewData>(ctx, "seller", locale, async (token) => {
    const centers = approvedCenters(await getMySeller(sdk, token));
    const data: SellClassNewData = {
      locale,
      centers,
      values: {
        title: "", description: "", level: "beginner", age: "", what_to_bring: "", materials_fee: "0",
        cancellation_hours: "24", image: "", center_id: centers[0]?.id ?? "", publish: true,
      },
      error: null,
    };
    if (!isPost(ctx)) return data;
    const form = await readForm(ctx.request);
    data.values = readClassForm(form);
    data.status = 422;
    try {
      const created = await createMyClass(sdk, token, {
        ...classBody(data.values),
        status: data.values.publish ? "published" : "draft",
        center_ids: data.values.center_id ? [data.values.center_id] : [],
      });
      return seeOther(href(locale, `/sell/classes/${created.id}`, { done: "created" }));
    } catch (e) {
      if (isBackendUnavailable(e) || !isRefusal(e)) throw normalizeError(e);
      data.error = errorMessage(e);
      return data;
    }
  });
}
