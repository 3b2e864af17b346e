// The CSV template, fetched from the backend with the artisan's token (the browser has none).
import type { APIRoute } from "astro";
import { readToken, toLogin } from "~/lib/accounts";
import { pageLocale } from "~/lib/http";
import { fetchImportTemplate } from "~/lib/seller-account";

export const GET: APIRoute = async (ctx) => {
  const locale = pageLocale(ctx);
  const token = readToken(ctx.cookies, "seller");
  if (!token) return toLogin(locale, "seller", "/sell/products/import");
  const res = await fetchImportTemplate(token);
  if (res.status === 401) return toLogin(locale, "seller", "/sell/products/import");
  if (!res.ok) return new Response(null, { status: res.status === 404 ? 404 : 502 });
  const body = await res.arrayBuffer();
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="sosedi-products.csv"',
      "cache-control": "private, no-store",
    },
  });
};
