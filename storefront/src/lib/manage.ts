// The center manager's data: `/manage/me` and the artisans of a center.
import { actorFetch } from "./accounts";
import type { Sdk } from "./medusa";
import { MEMBERSHIP_STATUSES, type MembershipStatus } from "./seller-account";
import type { TaxStatus } from "./types";

export interface ManagedCenter {
  id: string;
  handle: string;
  name: string;
  district: string;
  address: string;
}

export interface Manager {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  centers: ManagedCenter[];
}

export interface CenterMembership {
  status: MembershipStatus;
  requested_at: string | null;
  seller: {
    id: string;
    handle: string;
    name: string;
    bio: string | null;
    tax_status: TaxStatus;
    phone: string | null;
    email: string | null;
    status: string;
  };
}

/** What a manager may set a membership to. */
export type Decision = "approved" | "declined" | "suspended";
export const DECISIONS: readonly Decision[] = ["approved", "declined", "suspended"];

export async function getManager(sdk: Sdk, token: string): Promise<Manager> {
  const { manager } = await actorFetch<{ manager: Manager }>(sdk, token, "/manage/me");
  return { ...manager, centers: manager.centers ?? [] };
}

export async function listCenterSellers(sdk: Sdk, token: string, centerId: string, status?: MembershipStatus): Promise<CenterMembership[]> {
  const { memberships } = await actorFetch<{ memberships: CenterMembership[] }>(
    sdk,
    token,
    `/manage/centers/${encodeURIComponent(centerId)}/sellers`,
    { query: status ? { status } : undefined },
  );
  return memberships ?? [];
}

export async function decideMembership(sdk: Sdk, token: string, centerId: string, sellerId: string, status: Decision): Promise<void> {
  await actorFetch(sdk, token, `/manage/centers/${encodeURIComponent(centerId)}/sellers/${encodeURIComponent(sellerId)}`, {
    method: "POST",
    body: { status },
  });
}

/** Which decisions a membership in `status` can take next (the buttons next to an artisan). */
export function decisionsFor(status: MembershipStatus): Decision[] {
  switch (status) {
    case "pending":
      return ["approved", "declined"];
    case "approved":
      return ["suspended"];
    case "suspended":
    case "declined":
      return ["approved"];
  }
}

/** Group order on the center page: new requests first. */
export const GROUP_ORDER: readonly MembershipStatus[] = ["pending", "approved", "suspended", "declined"];

export interface MembershipGroup {
  status: MembershipStatus;
  memberships: CenterMembership[];
}

/** Memberships grouped by status (every group, empty ones too), oldest request first within a group. */
export function groupMemberships(memberships: CenterMembership[]): MembershipGroup[] {
  const collator = new Intl.Collator("ru");
  return GROUP_ORDER.map((status) => ({
    status,
    memberships: memberships
      .filter((m) => m.status === status)
      .sort((a, b) => String(a.requested_at ?? "").localeCompare(String(b.requested_at ?? "")) || collator.compare(a.seller.name, b.seller.name)),
  }));
}

export function isMembershipStatus(value: string | null | undefined): value is MembershipStatus {
  return (MEMBERSHIP_STATUSES as readonly string[]).includes(value ?? "");
}
