// /manage/centers/:id/profile — the center's description, contacts, address and opening hours.
import { isRefusal } from "../accounts";
import { href, isPost, readForm, seeOther, type Ctx } from "../http";
import {
  getCenterProfile,
  mapProfileErrors,
  profileFromForm,
  profileValues,
  updateCenterProfile,
  validateProfile,
  type ManagedCenter,
  type ProfileField,
  type ProfileValues,
} from "../manage";
import { errorMessage, isBackendUnavailable, normalizeError } from "../medusa";
import type { FieldMessage } from "../backend-errors";
import type { BasePageData } from "./common";
import { withManagedCenter } from "./managed-center";

export interface ManageCenterProfileData extends BasePageData {
  status?: number;
  center: ManagedCenter;
  values: ProfileValues;
  errors: Partial<Record<ProfileField, FieldMessage>>;
  formErrors: FieldMessage[];
  done: boolean;
}

export async function loadManageCenterProfile(ctx: Ctx): Promise<Response | ManageCenterProfileData> {
  return withManagedCenter<ManageCenterProfileData>(ctx, async ({ locale, sdk, token, center }) => {

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
