// /manage — the centers this manager runs, with the number of artisans waiting for a decision.
import { withRole } from "../accounts";
import { pageLocale, type Ctx } from "../http";
import { getManager, listCenterSellers, type ManagedCenter, type Manager } from "../manage";
import { sdkFor } from "../medusa";
import type { BasePageData } from "./common";

export interface ManageDashboardData extends BasePageData {
  manager: Manager;
  centers: (ManagedCenter & { pending: number })[];
}

export async function loadManageDashboard(ctx: Ctx): Promise<Response | ManageDashboardData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  return withRole<ManageDashboardData>(ctx, "manager", locale, async (token) => {
    const manager = await getManager(sdk, token);
    const collator = new Intl.Collator("ru");
    const centers = [...manager.centers].sort((a, b) => collator.compare(a.name, b.name));
    const pending = await Promise.all(centers.map((c) => listCenterSellers(sdk, token, c.id, "pending")));
    return {
      locale,
      manager,
      centers: centers.map((c, i) => ({ ...c, pending: pending[i].length })),
    };
  });
}
