// A ticket's calendar file, fetched from the backend with the publishable key (issue 4).
import type { APIRoute } from "astro";
import { sdkFor } from "~/lib/medusa";
import { fetchIcs } from "~/lib/tickets";

export const GET: APIRoute = async (ctx) => {
  const code = String(ctx.params.code ?? "");
  if (!/^[A-Za-z0-9-]{4,40}$/.test(code)) return new Response("Not found", { status: 404 });
  const ics = await fetchIcs(sdkFor(ctx.locals as never), code);
  if (!ics) return new Response("Not found", { status: 404 });
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="ticket-${code.toUpperCase()}.ics"`,
    },
  });
};
