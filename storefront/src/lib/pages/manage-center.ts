// /manage/centers/:id — the artisans of one of the manager's centers, grouped by status, with
// «Одобрить» / «Отклонить» / «Приостановить» forms. A center the manager does not run is a 404.
import { isRefusal } from "../accounts";
import { formString, href, isPost, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import {
  decideMembership,
  DECISIONS,
  groupMemberships,
  listCenterSellers,
  type CenterMembership,
  type Decision,
  type ManagedCenter,
  type MembershipGroup,
} from "../manage";
import { errorMessage, isBackendUnavailable, isNotFound, normalizeError } from "../medusa";
import type { BasePageData } from "./common";
import { withManagedCenter } from "./managed-center";

export interface ManageCenterData extends BasePageData {
  status?: number;
  center: ManagedCenter;
  /** The other centers of this manager (to switch between them). */
  otherCenters: ManagedCenter[];
  groups: MembershipGroup[];
  total: number;
  /** The decision just saved, and about whom. */
  done: { decision: Decision; sellerName: string } | null;
  error: MessageKey | null;
}

function isDecision(value: string): value is Decision {
  return (DECISIONS as readonly string[]).includes(value);
}

export async function loadManageCenter(ctx: Ctx): Promise<Response | ManageCenterData> {
  return withManagedCenter<ManageCenterData>(ctx, async ({ locale, sdk, token, center, manager }) => {

    let error: MessageKey | null = null;
    if (isPost(ctx)) {
      const form = await readForm(ctx.request);
      const sellerId = formString(form, "seller_id", 100);
      const decision = formString(form, "status", 20);
      if (!sellerId || !isDecision(decision)) {
        error = "manage.errorDecision";
      } else {
        try {
          await decideMembership(sdk, token, center.id, sellerId, decision);
          return seeOther(href(locale, `/manage/centers/${center.id}`, { done: decision, seller: sellerId }));
        } catch (e) {
          if (isBackendUnavailable(e) || (!isRefusal(e) && !isNotFound(e))) throw normalizeError(e);
          console.warn(`[storefront] membership decision failed: ${errorMessage(e)}`);
          error = "manage.errorDecision";
        }
      }
    }

    const memberships: CenterMembership[] = await listCenterSellers(sdk, token, center.id);
    const doneDecision = ctx.url.searchParams.get("done") ?? "";
    const doneSeller = memberships.find((m) => m.seller.id === ctx.url.searchParams.get("seller"));
    return {
      locale,
      status: error ? 422 : undefined,
      center,
      otherCenters: manager.centers.filter((c) => c.id !== center.id),
      groups: groupMemberships(memberships),
      total: memberships.length,
      done: !error && isDecision(doneDecision) && doneSeller ? { decision: doneDecision, sellerName: doneSeller.seller.name } : null,
      error,
    };
  });
}
