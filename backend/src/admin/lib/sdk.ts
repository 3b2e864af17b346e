import Medusa from "@medusajs/js-sdk"

/** The admin's own session (cookie) is what authenticates these calls to /admin. */
export const sdk = new Medusa({
  baseUrl: __BACKEND_URL__ || "/",
  auth: { type: "session" },
})
