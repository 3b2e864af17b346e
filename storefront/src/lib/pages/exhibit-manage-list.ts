// /manage/centers/:id/exhibits — the center's pop-up exhibits and the «new exhibit» form.
import { isRefusal } from "../accounts";
import type { FieldMessage } from "../backend-errors";
import {
  createExhibit,
  EXHIBIT_FIELDS,
  exhibitFromForm,
  exhibitValues,
  listCenterExhibits,
  mapExhibitErrors,
  validateExhibit,
  type ExhibitField,
  type ExhibitValues,
  type ManagedExhibit,
} from "../exhibits";
import { href, isPost, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import type { ManagedCenter } from "../manage";
import { errorMessage, isBackendUnavailable, normalizeError } from "../medusa";
import type { BasePageData } from "./common";
import { withManagedCenter } from "./managed-center";

export interface ExhibitManageListData extends BasePageData {
  status?: number;
  center: ManagedCenter;
  exhibits: ManagedExhibit[];
  values: ExhibitValues;
  errors: Partial<Record<ExhibitField, FieldMessage>>;
  general: FieldMessage[];
  notice: MessageKey | null;
}

export async function loadExhibitManageList(ctx: Ctx): Promise<Response | ExhibitManageListData> {
  return withManagedCenter<ExhibitManageListData>(ctx, async ({ locale, sdk, token, center }) => {
    const exhibits = await listCenterExhibits(sdk, token, center.id);
    const data: ExhibitManageListData = {
      locale,
      center,
      exhibits,
      values: exhibitValues(null),
      errors: {},
      general: [],
      notice: null,
    };
    if (!isPost(ctx)) return data;

    const form = await readForm(ctx.request);
    const values = exhibitFromForm(form);
    values.status = form.get("open_now") === "on" ? "open" : "draft";
    const result = validateExhibit(values);
    data.values = values;
    data.errors = result.errors;
    data.status = 422;
    if (!result.body) return data;
    try {
      const exhibit = await createExhibit(sdk, token, center.id, result.body);
      return seeOther(href(locale, `/manage/centers/${center.id}/exhibits/${exhibit.id}`, { done: "created" }));
    } catch (error) {
      if (isBackendUnavailable(error) || !isRefusal(error)) throw normalizeError(error);
      const mapped = mapExhibitErrors(errorMessage(error), EXHIBIT_FIELDS);
      data.errors = Object.fromEntries(Object.entries(mapped.fields).map(([k, v]) => [k, { text: v! }]));
      data.general = mapped.general.map((text) => ({ text }));
      if (!Object.keys(data.errors).length && !data.general.length) data.general = ["exhibits.error.general"];
      return data;
    }
  });
}
