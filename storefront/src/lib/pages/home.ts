import { getCurrentCart } from "../cart";
import { groupByDistrict, listCenters, type DistrictGroup } from "../centers";
import { listUpcomingClasses } from "../classes";
import { pageLocale, type Ctx } from "../http";
import { orFallback, sdkFor } from "../medusa";
import type { Center, ClassSession } from "../types";
import type { BasePageData } from "./common";

export interface HomePageData extends BasePageData {
  districts: DistrictGroup<Center>[];
  classes: ClassSession[];
}

export async function loadHomePage(ctx: Ctx): Promise<HomePageData> {
  const sdk = sdkFor(ctx.locals);
  const [centers, classes] = await Promise.all([
    listCenters(sdk, { limit: 200 }),
    // Upcoming classes are a bonus: the page still works if that route fails.
    orFallback(listUpcomingClasses(sdk, 6), [], "upcoming classes"),
    orFallback(getCurrentCart(ctx), null, "cart"),
  ]);
  return { locale: pageLocale(ctx), districts: groupByDistrict(centers), classes };
}
