// The monthly indicators report as CSV, fetched with the manager's token (the browser has none).
import type { APIRoute } from "astro";
import { loadManageCenterImpactMonthlyCsv } from "~/lib/pages/manage-center-impact-monthly";

export const GET: APIRoute = (ctx) => loadManageCenterImpactMonthlyCsv(ctx);
