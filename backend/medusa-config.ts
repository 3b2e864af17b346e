import path from "path"
import { loadEnv, defineConfig } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// `medusa start` runs from .medusa/server; uploads must land in one place whichever folder runs.
const backendRoot = process.cwd().replace(/[\\/]\.medusa[\\/]server$/, "")
const backendUrl = process.env.BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`
const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:4321"
const devSecret = "sosedi-dev-secret-change-me"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseLogging: false,
    // issue 4: DATABASE_POOL_MAX widens the shared connection pool (knex default 10) for rush loads
    ...(process.env.DATABASE_POOL_MAX ? { databaseDriverOptions: { pool: { max: Number(process.env.DATABASE_POOL_MAX) } } } : {}),
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || backendUrl,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      jwtSecret: process.env.JWT_SECRET || devSecret,
      cookieSecret: process.env.COOKIE_SECRET || devSecret,
    },
    // `medusa start` runs in production mode, where a Secure cookie is lost over plain http (local demo).
    cookieOptions: { secure: process.env.COOKIE_SECURE === "true" },
  },
  admin: {
    disable: process.env.SOSEDI_ADMIN === "off",
    // "/" = the admin talks to whatever origin serves it, so one build serves any port.
    backendUrl: process.env.ADMIN_BACKEND_URL || "/",
  },
  modules: [
    { resolve: "./src/modules/center" },
    { resolve: "./src/modules/seller" },
    // --- search (issue 5): Russian text search on Postgres; Meilisearch when MEILISEARCH_HOST is set ---
    { resolve: "./src/modules/search-russian" },
    {
      resolve: "@medusajs/medusa/search",
      options: {
        providers: [
          // Medusa's search-postgres with all facets counted in one pass (see the provider's file)
          { resolve: "./src/providers/search-postgres", id: "postgres", options: { language: "russian" } },
          ...(process.env.MEILISEARCH_HOST
            ? [
                {
                  resolve: "./src/providers/meilisearch",
                  id: "meilisearch",
                  options: { host: process.env.MEILISEARCH_HOST, api_key: process.env.MEILISEARCH_API_KEY },
                },
              ]
            : []),
        ],
        default_provider: process.env.MEILISEARCH_HOST ? "meilisearch" : "search-postgres",
      },
    },
    // --- end search ---
    // issue 4: master-class sessions, tickets, waitlist
    { resolve: "./src/modules/masterclass" },
    // rooms: bookings, class sessions and blocks of a room (issue 4)
    { resolve: "./src/modules/room-booking" },
    // issue 6: pop-up exhibits
    { resolve: "./src/modules/exhibit" },
    // issue 6: registration snapshots (economic status) and class feedback
    { resolve: "./src/modules/impact" },
    // issue 6: scholarships (codes for class seats, paid from a per-center budget)
    { resolve: "./src/modules/scholarship" },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              upload_dir: process.env.SOSEDI_STATIC_DIR || path.join(backendRoot, "static"),
              backend_url: `${backendUrl}/static`,
            },
          },
        ],
      },
    },
  ],
})
