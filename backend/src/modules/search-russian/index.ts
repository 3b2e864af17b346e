import { Module } from "@medusajs/framework/utils"
import SearchRussianService from "./service"

/**
 * Holds no data: it exists so that the module migrator runs its migration, which creates the
 * `medusa_search_russian` text-search configuration the Postgres search provider uses
 * (Russian snowball stemmer over `unaccent`, ё folded to е).
 */
export const SEARCH_RUSSIAN_MODULE = "search_russian"

export default Module(SEARCH_RUSSIAN_MODULE, { service: SearchRussianService })
