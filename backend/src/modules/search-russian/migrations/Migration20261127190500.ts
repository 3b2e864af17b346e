import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * `medusa_search_russian`: the Russian snowball stemmer after `unaccent` (which folds ё to е,
 * so «ёлка» and «елка» are one word). Latin words (handles, «Soap») go through the English
 * stemmer. Idempotent: it is recreated only if missing.
 */
export class Migration20261127190500 extends Migration {
  async up(): Promise<void> {
    this.addSql(`create extension if not exists unaccent;`)
    this.addSql(`create extension if not exists pg_trgm;`)
    this.addSql(`
      do $$
      begin
        if not exists (select 1 from pg_ts_config where cfgname = 'medusa_search_russian') then
          create text search configuration medusa_search_russian (copy = russian);
          alter text search configuration medusa_search_russian
            alter mapping for hword, hword_part, word with unaccent, russian_stem;
          alter text search configuration medusa_search_russian
            alter mapping for asciihword, asciiword, hword_asciipart with english_stem;
        end if;
      end
      $$;
    `)
  }

  async down(): Promise<void> {
    this.addSql(`drop text search configuration if exists medusa_search_russian;`)
  }
}
