import { parseInstant } from "./format";
import { storeGet, type Sdk } from "./medusa";
import type { ClassSession } from "./types";

/** Upcoming master-class sessions, soonest first. */
export async function listUpcomingClasses(sdk: Sdk, limit = 6): Promise<ClassSession[]> {
  const res = await storeGet<{ sessions: ClassSession[] }>(sdk, "/store/classes", { limit });
  return (res.sessions ?? [])
    .filter((s) => s && s.starts_at && !Number.isNaN(parseInstant(s.starts_at)))
    .sort((a, b) => parseInstant(a.starts_at) - parseInstant(b.starts_at))
    .slice(0, limit);
}
