// Every /manage/centers/:id/... page starts the same way: a signed-in manager, and :id one of
// their centers (another center is a 404, as the backend's middleware answers too).
import { withRole } from "../accounts";
import { notFound, pageLocale, type Ctx } from "../http";
import type { Locale } from "../i18n";
import { getManager, type ManagedCenter, type Manager } from "../manage";
import { sdkFor, type Sdk } from "../medusa";

export interface ManagedCenterScope {
  locale: Locale;
  sdk: Sdk;
  token: string;
  manager: Manager;
  center: ManagedCenter;
}

export async function withManagedCenter<T>(ctx: Ctx, work: (scope: ManagedCenterScope) => Promise<T | Response>): Promise<T | Response> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const id = ctx.params.id ?? "";
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(id)) return notFound();
  return withRole<T>(ctx, "manager", locale, async (token) => {
    const manager = await getManager(sdk, token);
    const center = manager.centers.find((c) => c.id === id);
    if (!center) return notFound();
    return work({ locale, sdk, token, manager, center });
  });
}
