// /manage/centers/:id/profile — the center's description, contacts, address and opening hours.
import { isRefusal, withRole } from "../accounts";
import { href, isPost, notFound, pageLocale, readForm, seeOther, type Ctx } from "../http";
import {
  getCenterProfile,
  getManager,
  mapProfileErrors,
  profileFromForm,
  profileValues,
  updateCenterProfile,
  validateProfile,
  type ManagedCenter,
  type ProfileField,
  type ProfileValues,
} from "../manage";
import { errorMessage, isBackendUnavailable, normalizeError, sdkFor } from "../medusa";
import type { FieldMessage } from "../backend-errors";
import type { BasePageData } from "./common";

export interface ManageCenterProfileData extends BasePageData {
  status?: number;
  center: ManagedCenter;
  values: ProfileValues;
  errors: Partial<Record<ProfileField, FieldMessage>>;
  formErrors: FieldMessage[];
  done: boolean;
}

export async function loadManageCenterProfile(ctx: Ctx): Promise<Response | ManageCenterProfileData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const id = ctx.params.id ?? "";
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(id)) return notFound();

  return withRole<ManageCenterProfileData>(ctx, "manager", locale, async (token) => {
    const manager = await getManager(sdk, token);
    const center = manager.centers.find((c) => c.id === id);
    if (!center) return notFound();

    if (!isPost(ctx)) {
      const profile = await getCenterProfile(sdk, token, center.id);
      return { locale, center, values: profileValues(profile), errors: {}, formErrors: [], done: ctx.url.searchParams.get("done") === "1" };
    }
    const values = profileFromForm(await readForm(ctx.request));
    const data: ManageCenterProfileData = { locale, status: 422, center, values, errors: {}, formErrors: [], done: false };
    const result = validateProfile(values);
    data.errors = result.errors;
    if (!result.body) return data;
    try {
      await updateCenterProfile(sdk, token, center.id, result.body);
    } catch (e) {
      if (isBackendUnavailable(e) || !isRefusal(e)) throw normalizeError(e);
      const mapped = mapProfileErrors(errorMessage(e));
      data.errors = Object.fromEntries(Object.entries(mapped.fields).map(([k, v]) => [k, { text: v! }]));
      data.formErrors = mapped.general.map((text) => ({ text }));
      if (!Object.keys(data.errors).length && !data.formErrors.length) data.formErrors = ["manage.profile.error"];
      return data;
    }
    return seeOther(href(locale, `/manage/centers/${center.id}/profile`, { done: "1" }));
  });
}
