// Pop-up exhibits (issue 6): the manager's exhibits and decisions, the artisan's applications,
// the residents' exhibit page and the printable catalog with a QR code per item.
// @ts-ignore -- qrcode ships no types (and @types/qrcode is not installed)
import QRCode from "qrcode";
import { actorFetch } from "./accounts";
import type { MessageKey } from "./i18n";
import { orNull, storeGet, type Sdk } from "./medusa";

export type ExhibitStatus = "draft" | "open" | "closed" | "cancelled";
export type ApplicationStatus = "pending" | "approved" | "declined" | "withdrawn";
export const EXHIBIT_STATUSES: readonly ExhibitStatus[] = ["draft", "open", "closed", "cancelled"];

export interface ExhibitProduct {
  id: string;
  title: string;
  handle: string;
  thumbnail: string | null;
  price: number | null;
}

export interface ExhibitApplication {
  id: string;
  status: ApplicationStatus;
  note: string;
  decision_note: string | null;
  decided_at: string | null;
  product_ids: string[];
  seller: { id: string; name: string; handle: string } | null;
  products: ExhibitProduct[];
}

export interface Exhibit {
  id: string;
  title: string;
  description: string;
  place: string;
  starts_at: string;
  ends_at: string;
  apply_until: string;
  places: number;
  status: ExhibitStatus;
  approved_count: number;
  free_places: number;
  accepting: boolean;
}

export interface ManagedExhibit extends Exhibit {
  pending_count?: number;
  applications?: ExhibitApplication[];
}

export interface SellerExhibit extends Exhibit {
  center: { id: string; handle: string; name: string; address: string } | null;
  application: ExhibitApplication | null;
  eligible_products: ExhibitProduct[];
}

export interface PublicExhibit extends Exhibit {
  center: { id: string; handle: string; name: string; district: string; address: string };
  artisans: { seller: { name: string; handle: string }; products: ExhibitProduct[] }[];
}

// ---- backend calls -----------------------------------------------------------------

const managePath = (centerId: string, exhibitId?: string) =>
  `/manage/centers/${encodeURIComponent(centerId)}/exhibits` + (exhibitId ? `/${encodeURIComponent(exhibitId)}` : "");

export async function listCenterExhibits(sdk: Sdk, token: string, centerId: string): Promise<ManagedExhibit[]> {
  const { exhibits } = await actorFetch<{ exhibits: ManagedExhibit[] }>(sdk, token, managePath(centerId));
  return exhibits ?? [];
}

export async function createExhibit(sdk: Sdk, token: string, centerId: string, body: ExhibitBody): Promise<ManagedExhibit> {
  const { exhibit } = await actorFetch<{ exhibit: ManagedExhibit }>(sdk, token, managePath(centerId), { method: "POST", body });
  return exhibit;
}

export async function getCenterExhibit(sdk: Sdk, token: string, centerId: string, exhibitId: string): Promise<ManagedExhibit> {
  const { exhibit } = await actorFetch<{ exhibit: ManagedExhibit }>(sdk, token, managePath(centerId, exhibitId));
  return exhibit;
}

export async function updateExhibit(sdk: Sdk, token: string, centerId: string, exhibitId: string, body: Partial<ExhibitBody>): Promise<void> {
  await actorFetch(sdk, token, managePath(centerId, exhibitId), { method: "POST", body });
}

export async function decideApplication(
  sdk: Sdk,
  token: string,
  centerId: string,
  exhibitId: string,
  applicationId: string,
  body: { status: "approved" | "declined"; decision_note?: string },
): Promise<void> {
  await actorFetch(sdk, token, `${managePath(centerId, exhibitId)}/applications/${encodeURIComponent(applicationId)}`, {
    method: "POST",
    body,
  });
}

export async function listMyExhibits(sdk: Sdk, token: string): Promise<SellerExhibit[]> {
  const { exhibits } = await actorFetch<{ exhibits: SellerExhibit[] }>(sdk, token, "/sellers/me/exhibits");
  return exhibits ?? [];
}

const applicationPath = (exhibitId: string) => `/sellers/me/exhibits/${encodeURIComponent(exhibitId)}/application`;

export async function applyToExhibit(sdk: Sdk, token: string, exhibitId: string, body: { product_ids: string[]; note: string }): Promise<void> {
  await actorFetch(sdk, token, applicationPath(exhibitId), { method: "POST", body });
}

export async function withdrawApplication(sdk: Sdk, token: string, exhibitId: string): Promise<void> {
  await actorFetch(sdk, token, applicationPath(exhibitId), { method: "DELETE" });
}

export async function getPublicExhibit(sdk: Sdk, id: string): Promise<PublicExhibit | null> {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(id)) return null;
  const res = await orNull(storeGet<{ exhibit: PublicExhibit }>(sdk, `/store/exhibits/${encodeURIComponent(id)}`));
  return res?.exhibit ?? null;
}

export async function listPublicCenterExhibits(sdk: Sdk, handle: string): Promise<Exhibit[]> {
  const res = await orNull(storeGet<{ exhibits: Exhibit[] }>(sdk, `/store/centers/${encodeURIComponent(handle)}/exhibits`));
  return res?.exhibits ?? [];
}

// ---- Moscow wall-clock times in forms ------------------------------------------------

// Moscow has kept UTC+3 all year since 2014.
const MOSCOW_OFFSET_MS = 3 * 3600_000;

/** "2026-12-05T15:00" typed in Moscow time → the UTC instant "2026-12-05T12:00:00.000Z"; null if unreadable. */
export function moscowInputToIso(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number);
  const utc = Date.UTC(y, mo - 1, d, h, mi) - MOSCOW_OFFSET_MS;
  const check = new Date(utc + MOSCOW_OFFSET_MS);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  return new Date(utc).toISOString();
}

/** A UTC instant → "2026-12-05T15:00", what a datetime-local field shows in Moscow time. */
export function isoToMoscowInput(value: string | null | undefined): string {
  if (!value) return "";
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return "";
  return new Date(ms + MOSCOW_OFFSET_MS).toISOString().slice(0, 16);
}

// ---- the exhibit form (manager) -------------------------------------------------------

export const EXHIBIT_FIELDS = ["title", "description", "place", "starts_at", "ends_at", "apply_until", "places", "status"] as const;
export type ExhibitField = (typeof EXHIBIT_FIELDS)[number];

export interface ExhibitBody {
  title: string;
  description: string;
  place: string;
  starts_at: string;
  ends_at: string;
  apply_until: string;
  places: number;
  status?: ExhibitStatus;
}

/** What the form holds, as typed (times as Moscow "YYYY-MM-DDTHH:MM"). */
export type ExhibitValues = Record<ExhibitField, string>;

export function exhibitValues(exhibit?: ManagedExhibit | null): ExhibitValues {
  if (!exhibit) return { title: "", description: "", place: "", starts_at: "", ends_at: "", apply_until: "", places: "", status: "draft" };
  return {
    title: exhibit.title,
    description: exhibit.description ?? "",
    place: exhibit.place,
    starts_at: isoToMoscowInput(exhibit.starts_at),
    ends_at: isoToMoscowInput(exhibit.ends_at),
    apply_until: isoToMoscowInput(exhibit.apply_until),
    places: String(exhibit.places),
    status: exhibit.status,
  };
}

const field = (form: FormData, name: string, max: number) => {
  const v = form.get(name);
  return typeof v === "string" ? v.trim().slice(0, max) : "";
};

export function exhibitFromForm(form: FormData): ExhibitValues {
  return {
    title: field(form, "title", 121).replace(/\s+/g, " "),
    description: field(form, "description", 4001),
    place: field(form, "place", 201).replace(/\s+/g, " "),
    starts_at: field(form, "starts_at", 20),
    ends_at: field(form, "ends_at", 20),
    apply_until: field(form, "apply_until", 20),
    places: field(form, "places", 6),
    status: field(form, "status", 20),
  };
}

export function validateExhibit(values: ExhibitValues): { errors: Partial<Record<ExhibitField, MessageKey>>; body?: ExhibitBody } {
  const errors: Partial<Record<ExhibitField, MessageKey>> = {};
  if (values.title.length < 2 || values.title.length > 120) errors.title = "exhibits.error.titleRequired";
  if (values.place.length < 2 || values.place.length > 200) errors.place = "exhibits.error.placeRequired";
  if (values.description.length > 4000) errors.description = "exhibits.error.descriptionLong";
  const starts = moscowInputToIso(values.starts_at);
  const ends = moscowInputToIso(values.ends_at);
  const until = moscowInputToIso(values.apply_until);
  if (!starts) errors.starts_at = "exhibits.error.dateInvalid";
  if (!ends) errors.ends_at = "exhibits.error.dateInvalid";
  else if (starts && ends <= starts) errors.ends_at = "exhibits.error.endsBeforeStart";
  if (!until) errors.apply_until = "exhibits.error.dateInvalid";
  else if (starts && until > starts) errors.apply_until = "exhibits.error.deadlineAfterStart";
  const places = /^\d{1,3}$/.test(values.places) ? Number(values.places) : NaN;
  if (!(places >= 1 && places <= 500)) errors.places = "exhibits.error.placesInvalid";
  const status = (EXHIBIT_STATUSES as readonly string[]).includes(values.status) ? (values.status as ExhibitStatus) : undefined;
  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    body: { title: values.title, description: values.description, place: values.place, starts_at: starts!, ends_at: ends!, apply_until: until!, places, ...(status ? { status } : {}) },
  };
}

/** The backend's «apply_until: приём заявок …» → that field; anything else stays general. */
export function mapExhibitErrors<F extends string>(message: string, fields: readonly F[]): { fields: Partial<Record<F, string>>; general: string[] } {
  const out: { fields: Partial<Record<F, string>>; general: string[] } = { fields: {}, general: [] };
  const body = message.replace(/^\s*Invalid request:\s*/i, "");
  for (const part of body.split(/;\s+/).filter(Boolean)) {
    const m = /^([a-z_]+)[^:]*:\s*(.+)$/i.exec(part.trim());
    if (m && (fields as readonly string[]).includes(m[1])) out.fields[m[1] as F] ??= m[2];
    else out.general.push(part.trim());
  }
  return out;
}

/** The chosen goods of an application form: each id once, only those offered. */
export function chosenProducts(form: FormData, offered: string[]): string[] {
  const chosen = form.getAll("product_ids").filter((v): v is string => typeof v === "string");
  return offered.filter((id) => chosen.includes(id));
}

// ---- the printable catalog -----------------------------------------------------------

export interface CatalogItem {
  product: ExhibitProduct;
  seller: { name: string; handle: string };
  /** the item's page, absolute (the QR code leaves the paper) */
  url: string;
}

export function catalogItems(exhibit: Pick<PublicExhibit, "artisans">, origin: string, localePrefix = ""): CatalogItem[] {
  return exhibit.artisans.flatMap((a) =>
    a.products.map((product) => ({
      product,
      seller: a.seller,
      url: new URL(`${localePrefix}/products/${encodeURIComponent(product.handle)}`, origin).toString(),
    })),
  );
}

/** A QR code as an inline SVG, rendered on the server. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}
