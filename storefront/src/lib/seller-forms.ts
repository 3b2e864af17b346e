// The artisan's forms (sign-up, a new product): server-side validation (pure) and the mapping of
// the backend's validation messages onto their fields. Messages are FieldMessages (dictionary keys,
// or the backend's Russian text).
import { mapBackendErrors, type FieldMessage, type MappedErrors } from "./backend-errors";
import { isValidEmail, normalizeRussianPhone } from "./checkout";
import type { MessageKey } from "./i18n";
import { isValidHandle, suggestHandle } from "./translit";
import type { TaxStatus } from "./types";

export const TAX_STATUSES: readonly TaxStatus[] = ["npd", "ip", "individual", "organization"];

/** Organizations have a 10-digit ИНН, people (НПД, ИП, private persons) a 12-digit one. */
export function innLengthFor(taxStatus: TaxStatus): 10 | 12 {
  return taxStatus === "organization" ? 10 : 12;
}

/** A center can be chosen in at most this many (the API's limit). */
export const MAX_CENTERS = 10;

function text(value: unknown, max: number): string {
  return typeof value === "string" ? value.trim().slice(0, max) : "";
}

function oneLine(value: unknown, max: number): string {
  return text(value, max * 2).replace(/\s+/g, " ").slice(0, max);
}

/** Multi-line text: unified line breaks, no trailing spaces, at most one empty line in a row. */
function multiLine(value: unknown, max: number): string {
  return text(value, max + 100)
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n");
}

function ids(values: unknown[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (typeof v === "string" && /^[A-Za-z0-9_-]{1,100}$/.test(v) && !out.includes(v)) out.push(v);
  }
  return out;
}

// ---- sign-up ---------------------------------------------------------------------------

export const SIGNUP_FIELDS = [
  "email",
  "password",
  "name",
  "handle",
  "bio",
  "phone",
  "tax_status",
  "inn",
  "center_ids",
  "own_work_declaration",
] as const;
export type SignUpField = (typeof SIGNUP_FIELDS)[number];
export type SignUpErrors = Partial<Record<SignUpField, FieldMessage>>;

/** What the artisan typed, to put back into the form (never the password). */
export interface SignUpValues {
  email: string;
  name: string;
  handle: string;
  bio: string;
  phone: string;
  tax_status: TaxStatus | "";
  inn: string;
  center_ids: string[];
  own_work_declaration: boolean;
}

export interface SignUpInput extends SignUpValues {
  password: string;
}

/** The body of `POST /sellers`. */
export interface SellerSignUpBody {
  handle: string;
  name: string;
  bio?: string;
  phone?: string;
  email: string;
  tax_status: TaxStatus;
  inn: string;
  center_ids: string[];
  own_work_declaration: boolean;
}

export interface SignUpValidation {
  ok: boolean;
  values: SignUpValues;
  errors: SignUpErrors;
  /** The login and the sign-up body (only when ok). */
  data?: { email: string; password: string; body: SellerSignUpBody };
}

export const NAME_MAX = 120;
export const BIO_MAX = 2000;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export function signUpInputFromForm(form: FormData): SignUpInput {
  const taxStatus = text(form.get("tax_status"), 20);
  return {
    email: oneLine(form.get("email"), 254),
    password: typeof form.get("password") === "string" ? String(form.get("password")).slice(0, PASSWORD_MAX + 1) : "",
    name: oneLine(form.get("name"), NAME_MAX + 1),
    handle: oneLine(form.get("handle"), 61).toLowerCase(),
    bio: multiLine(form.get("bio"), BIO_MAX),
    phone: oneLine(form.get("phone"), 40),
    tax_status: (TAX_STATUSES as string[]).includes(taxStatus) ? (taxStatus as TaxStatus) : "",
    inn: oneLine(form.get("inn"), 40),
    center_ids: ids(form.getAll("center_ids")),
    own_work_declaration: form.get("own_work_declaration") === "yes",
  };
}

/**
 * Check the sign-up form. An empty page address is suggested from the name; the ИНН is checked
 * for its length here and for its control digits by the backend.
 */
export function validateSignUp(input: SignUpInput, centerIds: readonly string[]): SignUpValidation {
  const errors: SignUpErrors = {};
  const values: SignUpValues = {
    email: input.email,
    name: input.name,
    handle: input.handle || suggestHandle(input.name),
    bio: input.bio,
    phone: input.phone,
    tax_status: input.tax_status,
    inn: input.inn,
    center_ids: input.center_ids.filter((id) => centerIds.includes(id)),
    own_work_declaration: input.own_work_declaration,
  };

  if (!values.email) errors.email = "validation.email.required";
  else if (!isValidEmail(values.email)) errors.email = "validation.email.invalid";

  if (!input.password) errors.password = "sell.validation.passwordRequired";
  else if (input.password.length < PASSWORD_MIN) errors.password = "sell.validation.passwordShort";
  else if (input.password.length > PASSWORD_MAX) errors.password = "sell.validation.passwordLong";

  if (!values.name) errors.name = "sell.validation.nameRequired";
  else if (values.name.length < 2) errors.name = "sell.validation.nameShort";
  else if (values.name.length > NAME_MAX) errors.name = "sell.validation.nameLong";

  if (!values.handle) errors.handle = "sell.validation.handleRequired";
  else if (!isValidHandle(values.handle)) errors.handle = "sell.validation.handleInvalid";

  if (values.bio.length > BIO_MAX) errors.bio = "sell.validation.bioLong";

  const phone = values.phone ? normalizeRussianPhone(values.phone) : null;
  if (values.phone && !phone) errors.phone = "validation.phone.invalid";

  const inn = values.inn.replace(/[\s-]/g, "");
  if (!values.tax_status) errors.tax_status = "sell.validation.taxRequired";
  if (!inn) errors.inn = "sell.validation.innRequired";
  else if (!/^\d+$/.test(inn)) errors.inn = "sell.validation.innDigits";
  else if (values.tax_status && inn.length !== innLengthFor(values.tax_status)) {
    errors.inn = { key: "sell.validation.innLength", params: { digits: innLengthFor(values.tax_status) } };
  } else if (!values.tax_status && inn.length !== 10 && inn.length !== 12) errors.inn = "sell.validation.innDigits";

  if (values.center_ids.length === 0) errors.center_ids = "sell.validation.centersRequired";
  else if (values.center_ids.length > MAX_CENTERS) errors.center_ids = { key: "sell.validation.centersTooMany", params: { count: MAX_CENTERS } };

  if (values.tax_status === "npd" && !values.own_work_declaration) errors.own_work_declaration = "sell.validation.declarationRequired";

  const ok = Object.keys(errors).length === 0;
  if (!ok || !values.tax_status) return { ok: false, values, errors };
  return {
    ok: true,
    values,
    errors,
    data: {
      email: values.email.toLowerCase(),
      password: input.password,
      body: {
        handle: values.handle,
        name: values.name,
        ...(values.bio ? { bio: values.bio } : {}),
        ...(phone ? { phone } : {}),
        email: values.email.toLowerCase(),
        tax_status: values.tax_status,
        inn,
        center_ids: values.center_ids,
        own_work_declaration: values.tax_status === "npd" ? true : values.own_work_declaration,
      },
    },
  };
}

const FIELD_FALLBACK: MessageKey = "sell.validation.checkField";

/** `POST /sellers` said no: which field, in what words. */
export function mapSignUpErrors(message: string): MappedErrors<SignUpField> {
  return mapBackendErrors(message, SIGNUP_FIELDS, {
    // the handle's pattern message names no field
    bare: [[/латинск/i, "handle"]],
    known: [
      [/неверный ИНН/i, "sell.validation.innChecksum"],
      [/ИНН из (\d+) цифр/i, "sell.validation.innLength", (m) => ({ digits: m[1] })],
      [/ИНН уже зарегистрирован/i, "sell.validation.innTaken"],
      [/адрес страницы уже занят/i, "sell.validation.handleTaken"],
      [/латинск/i, "sell.validation.handleInvalid"],
      [/самозанят/i, "sell.validation.declarationRequired"],
    ],
    fallback: () => FIELD_FALLBACK,
    generalFallback: "sell.join.errorGeneric",
  });
}

// ---- a new product ---------------------------------------------------------------------

/** Extra variant rows on the form (the first variant is the product's own price and stock). */
export const EXTRA_VARIANT_ROWS = [2, 3, 4, 5] as const;
export type ExtraRow = (typeof EXTRA_VARIANT_ROWS)[number];
type RowField = `variant_title_${ExtraRow}` | `variant_value2_${ExtraRow}` | `variant_price_${ExtraRow}` | `variant_stock_${ExtraRow}`;

export const PRODUCT_FIELDS = [
  "title",
  "description",
  "category_id",
  "price",
  "stock",
  "option_title",
  "option2_title",
  "variant_title",
  "variant_value2",
  ...EXTRA_VARIANT_ROWS.flatMap((n) => [`variant_title_${n}`, `variant_value2_${n}`, `variant_price_${n}`, `variant_stock_${n}`] as RowField[]),
  "files",
  "image_url",
  "center_ids",
  "status",
] as const;
export type ProductField = "title" | "description" | "category_id" | "price" | "stock" | "option_title" | "option2_title" | "variant_title" | "variant_value2" | RowField | "files" | "image_url" | "center_ids" | "status";
export type ProductErrors = Partial<Record<ProductField, FieldMessage>>;

export interface VariantRow {
  title: string;
  /** the value of the second option (e.g. the colour), when there is one */
  value2: string;
  price: string;
  stock: string;
}

export interface ProductValues {
  title: string;
  description: string;
  /** "" = no category */
  category_id: string;
  price: string;
  stock: string;
  option_title: string;
  /** a second way the variants differ (e.g. «Цвет» beside «Размер»); empty = one option */
  option2_title: string;
  variant_title: string;
  variant_value2: string;
  /** Rows 2…5, in order. */
  rows: VariantRow[];
  image_url: string;
  center_ids: string[];
  status: "published" | "draft";
}

/** The body of `POST /sellers/me/products`. */
export interface SellerProductBody {
  title: string;
  description?: string;
  category_id?: string;
  status: "published" | "draft";
  option_title?: string;
  options?: { title: string; values: string[] }[];
  variants: { title?: string; price: number; stock: number; options?: Record<string, string> }[];
  center_ids: string[];
  images?: string[];
}

export interface ProductValidation {
  ok: boolean;
  values: ProductValues;
  errors: ProductErrors;
  data?: SellerProductBody;
}

/** The variant title of a product sold in one kind only (the product page does not show it). */
export const SINGLE_VARIANT_TITLE = "Стандартный";
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 5000;
export const PRICE_MAX = 1_000_000;
export const STOCK_MAX = 100_000;

export function emptyProductValues(centerIds: string[] = []): ProductValues {
  return {
    title: "",
    description: "",
    category_id: "",
    price: "",
    stock: "1",
    option_title: "",
    option2_title: "",
    variant_title: "",
    variant_value2: "",
    rows: EXTRA_VARIANT_ROWS.map(() => ({ title: "", value2: "", price: "", stock: "" })),
    image_url: "",
    center_ids: centerIds,
    status: "published",
  };
}

export function productInputFromForm(form: FormData): ProductValues {
  return {
    title: oneLine(form.get("title"), TITLE_MAX + 1),
    description: multiLine(form.get("description"), DESCRIPTION_MAX),
    category_id: oneLine(form.get("category_id"), 100),
    price: oneLine(form.get("price"), 30),
    stock: oneLine(form.get("stock"), 30),
    option_title: oneLine(form.get("option_title"), 41),
    option2_title: oneLine(form.get("option2_title"), 41),
    variant_title: oneLine(form.get("variant_title"), 61),
    variant_value2: oneLine(form.get("variant_value2"), 61),
    rows: EXTRA_VARIANT_ROWS.map((n) => ({
      title: oneLine(form.get(`variant_title_${n}`), 61),
      value2: oneLine(form.get(`variant_value2_${n}`), 61),
      price: oneLine(form.get(`variant_price_${n}`), 30),
      stock: oneLine(form.get(`variant_stock_${n}`), 30),
    })),
    image_url: oneLine(form.get("image_url"), 2001),
    center_ids: ids(form.getAll("center_ids")),
    status: form.get("status") === "draft" ? "draft" : "published",
  };
}

/** «1 200», «450,50», «990 ₽», «1200 руб.» → roubles; null when it is not a price. */
export function parseRubles(raw: string): number | null {
  const s = raw
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/(₽|руб\.?|р\.?)$/i, "")
    .replace(",", ".");
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(s)) return null;
  return Number(s);
}

/** Whole pieces in stock, 0…100 000; null otherwise. */
export function parseStock(raw: string): number | null {
  const s = raw.replace(/[\s\u00a0\u202f]/g, "").replace(/(шт\.?)$/i, "");
  if (!/^\d{1,6}$/.test(s)) return null;
  const n = Number(s);
  return n <= STOCK_MAX ? n : null;
}

function priceError(raw: string): FieldMessage | null {
  if (!raw) return "sell.validation.priceRequired";
  const price = parseRubles(raw);
  if (price === null) return "sell.validation.priceInvalid";
  if (price <= 0 || price > PRICE_MAX) return "sell.validation.priceRange";
  return null;
}

function stockError(raw: string): FieldMessage | null {
  if (!raw) return "sell.validation.stockRequired";
  return parseStock(raw) === null ? "sell.validation.stockInvalid" : null;
}

/** Any http(s) address with a host: the demo's and the backend's own files live on localhost. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s/?#]+([/?#]\S*)?$/i.test(value)) return false;
  try {
    return Boolean(new URL(value).hostname);
  } catch {
    return false;
  }
}

/** Photos the form accepts (the backend's list and limit). */
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif"] as const;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/** The chosen photo file, checked: null when none was chosen. */
export function photoError(file: { type: string; size: number } | null): FieldMessage | null {
  if (!file) return null;
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return "sell.validation.photoType";
  if (file.size > PHOTO_MAX_BYTES) return "sell.validation.photoSize";
  return null;
}

/** Check the new-product form; `approvedCenterIds` are the only centers it may be offered at. */
export function validateProduct(
  values: ProductValues,
  approvedCenterIds: readonly string[],
  categoryIds: readonly string[] = [],
): ProductValidation {
  const errors: ProductErrors = {};
  const set = (field: ProductField, message: FieldMessage | null) => {
    if (message && !errors[field]) errors[field] = message;
  };

  if (!values.title) set("title", "sell.validation.titleRequired");
  else if (values.title.length < 2) set("title", "sell.validation.titleShort");
  else if (values.title.length > TITLE_MAX) set("title", "sell.validation.titleLong");
  if (values.description.length > DESCRIPTION_MAX) set("description", "sell.validation.descriptionLong");
  if (values.category_id && !categoryIds.includes(values.category_id)) set("category_id", "sell.validation.categoryUnknown");

  set("price", priceError(values.price));
  set("stock", stockError(values.stock));

  const used = EXTRA_VARIANT_ROWS.map((n, i) => ({ n, row: values.rows[i] ?? { title: "", value2: "", price: "", stock: "" } })).filter(
    ({ row }) => row.title || row.value2 || row.price || row.stock,
  );
  const two = !!values.option2_title || !!values.variant_value2 || used.some(({ row }) => row.value2);
  if (used.length > 0 || two) {
    if (!values.variant_title) set("variant_title", "sell.validation.variantTitleRequired");
    else if (values.variant_title.length > 60) set("variant_title", "sell.validation.variantTitleLong");
  }
  if (values.option_title.length > 40) set("option_title", "sell.validation.optionTitleLong");
  if (two) {
    if (!values.option_title) set("option_title", "sell.validation.optionTitleRequired");
    if (!values.option2_title) set("option2_title", "sell.validation.option2TitleRequired");
    else if (values.option2_title.length > 40) set("option2_title", "sell.validation.optionTitleLong");
    else if (values.option2_title.toLowerCase() === values.option_title.toLowerCase()) set("option2_title", "sell.validation.optionTitleSame");
    if (!values.variant_value2) set("variant_value2", "sell.validation.variantValue2Required");
    else if (values.variant_value2.length > 60) set("variant_value2", "sell.validation.variantTitleLong");
  }
  // a variant is told apart by its title, or by its pair of values when there are two options
  const keyOf = (title: string, value2: string) => (two ? `${title}\u0000${value2}` : title).toLowerCase();
  const seen = new Set([keyOf(values.variant_title, values.variant_value2)]);
  for (const { n, row } of used) {
    if (!row.title) set(`variant_title_${n}`, "sell.validation.variantTitleRequired");
    else if (row.title.length > 60) set(`variant_title_${n}`, "sell.validation.variantTitleLong");
    else if (two && !row.value2) set(`variant_value2_${n}`, "sell.validation.variantValue2Required");
    else if (row.value2.length > 60) set(`variant_value2_${n}`, "sell.validation.variantTitleLong");
    else if (seen.has(keyOf(row.title, row.value2)))
      set(`variant_title_${n}`, two ? "sell.validation.variantComboDuplicate" : "sell.validation.variantTitleDuplicate");
    seen.add(keyOf(row.title, row.value2));
    set(`variant_price_${n}`, priceError(row.price));
    set(`variant_stock_${n}`, stockError(row.stock));
  }

  if (values.image_url && !isHttpUrl(values.image_url)) set("image_url", "sell.validation.imageInvalid");

  const centers = values.center_ids.filter((id) => approvedCenterIds.includes(id));
  if (values.center_ids.length === 0) set("center_ids", "sell.validation.productCentersRequired");
  else if (centers.length !== values.center_ids.length) set("center_ids", "sell.validation.centersNotApproved");

  const ok = Object.keys(errors).length === 0;
  if (!ok) return { ok, values, errors };
  const rows = [
    { title: used.length || two ? values.variant_title : SINGLE_VARIANT_TITLE, value2: values.variant_value2, price: values.price, stock: values.stock },
    ...used.map(({ row }) => row),
  ];
  const shape = two ? withTwoOptions(values.option_title, values.option2_title, rows) : {
    ...(used.length && values.option_title ? { option_title: values.option_title } : {}),
    variants: rows.map((r) => ({ title: r.title, price: parseRubles(r.price)!, stock: parseStock(r.stock)! })),
  };
  return {
    ok,
    values,
    errors,
    data: {
      title: values.title,
      ...(values.description ? { description: values.description } : {}),
      ...(values.category_id ? { category_id: values.category_id } : {}),
      status: values.status,
      ...shape,
      center_ids: centers,
      ...(values.image_url ? { images: [values.image_url] } : {}),
    },
  };
}

/** Size × colour: each option lists its values once (spelled as first typed); each row picks one of each. */
function withTwoOptions(
  first: string,
  second: string,
  rows: { title: string; value2: string; price: string; stock: string }[],
): Pick<SellerProductBody, "options" | "variants"> {
  const canonical = (list: string[]) => {
    const byKey = new Map<string, string>();
    for (const v of list) if (!byKey.has(v.toLowerCase())) byKey.set(v.toLowerCase(), v);
    return byKey;
  };
  const firstValues = canonical(rows.map((r) => r.title));
  const secondValues = canonical(rows.map((r) => r.value2));
  return {
    options: [
      { title: first, values: [...firstValues.values()] },
      { title: second, values: [...secondValues.values()] },
    ],
    variants: rows.map((r) => ({
      price: parseRubles(r.price)!,
      stock: parseStock(r.stock)!,
      options: { [first]: firstValues.get(r.title.toLowerCase())!, [second]: secondValues.get(r.value2.toLowerCase())! },
    })),
  };
}

/** `POST /sellers/me/products` said no: which field, in what words. */
export function mapProductErrors(message: string): MappedErrors<ProductField> {
  return mapBackendErrors<ProductField>(message, PRODUCT_FIELDS, {
    aliases: { variants: "price", images: "image_url" },
    known: [
      [/одобрил менеджер/i, "sell.validation.centersNotApproved"],
      [/такой категории нет/i, "sell.validation.categoryUnknown"],
    ],
    fallback: () => FIELD_FALLBACK,
    generalFallback: "sell.product.errorGeneric",
  });
}

// ---- editing a product -----------------------------------------------------------------

export const EDIT_FIELDS = ["title", "description", "category_id", "center_ids", "status"] as const;
export type EditField = (typeof EDIT_FIELDS)[number];
export interface EditValues {
  title: string;
  description: string;
  /** "" = no category */
  category_id: string;
  /** the artisan's approved centers that offer it */
  center_ids: string[];
  status: "published" | "draft";
}

export function editInputFromForm(form: FormData): EditValues {
  return {
    title: oneLine(form.get("title"), TITLE_MAX + 1),
    description: multiLine(form.get("description"), DESCRIPTION_MAX),
    category_id: oneLine(form.get("category_id"), 100),
    center_ids: ids(form.getAll("center_ids")),
    status: form.get("status") === "draft" ? "draft" : "published",
  };
}

/** The product's own form on the edit page; `approvedCenterIds` are the only centers it may be offered at. */
export function validateProductEdit(
  values: EditValues,
  approvedCenterIds: readonly string[],
  categoryIds: readonly string[] = [],
): { ok: boolean; errors: Partial<Record<EditField, FieldMessage>> } {
  const errors: Partial<Record<EditField, FieldMessage>> = {};
  if (!values.title) errors.title = "sell.validation.titleRequired";
  else if (values.title.length < 2) errors.title = "sell.validation.titleShort";
  else if (values.title.length > TITLE_MAX) errors.title = "sell.validation.titleLong";
  if (values.description.length > DESCRIPTION_MAX) errors.description = "sell.validation.descriptionLong";
  if (values.category_id && !categoryIds.includes(values.category_id)) errors.category_id = "sell.validation.categoryUnknown";
  if (values.center_ids.length === 0) errors.center_ids = "sell.validation.productCentersRequired";
  else if (values.center_ids.some((id) => !approvedCenterIds.includes(id))) errors.center_ids = "sell.validation.centersNotApproved";
  return { ok: Object.keys(errors).length === 0, errors };
}

export const VARIANT_EDIT_FIELDS = ["price", "stock"] as const;
export type VariantEditField = (typeof VARIANT_EDIT_FIELDS)[number];

/** One variant's form: price and stock, each required. */
export function validateVariantEdit(values: { price: string; stock: string }): {
  ok: boolean;
  errors: Partial<Record<VariantEditField, FieldMessage>>;
  data?: { price: number; stock: number };
} {
  const errors: Partial<Record<VariantEditField, FieldMessage>> = {};
  const p = priceError(values.price);
  if (p) errors.price = p;
  const s = stockError(values.stock);
  if (s) errors.stock = s;
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, errors, data: { price: parseRubles(values.price)!, stock: parseStock(values.stock)! } };
}

export function mapEditErrors(message: string): MappedErrors<EditField> {
  return mapBackendErrors<EditField>(message, EDIT_FIELDS, {
    known: [
      [/одобрил менеджер/i, "sell.validation.centersNotApproved"],
      [/такой категории нет/i, "sell.validation.categoryUnknown"],
    ],
    fallback: () => FIELD_FALLBACK,
    generalFallback: "sell.product.errorGeneric",
  });
}

export function mapVariantErrors(message: string): MappedErrors<VariantEditField> {
  return mapBackendErrors<VariantEditField>(message, VARIANT_EDIT_FIELDS, {
    fallback: () => FIELD_FALLBACK,
    generalFallback: "sell.product.errorGeneric",
  });
}
