// One table of the impact dashboard as CSV, fetched with the manager's token (the browser has none).
import type { APIRoute } from "astro";
import { loadManageCenterImpactCsv } from "~/lib/pages/manage-center-impact";

export const GET: APIRoute = (ctx) => loadManageCenterImpactCsv(ctx);
