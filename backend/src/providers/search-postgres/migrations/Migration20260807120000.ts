// Medusa's own migration of the provider (its catalog table), found here because this folder now
// registers the provider: the same class, so databases that ran it already skip it.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
