import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Helpers of the Postgres search provider's narrow columns (providers/search-postgres): a
 * document table keeps each filter, facet and sort field of its `indexed` JSON also as a plain
 * column generated from it, and a generated column may only call immutable functions.
 * - a JSON array (or a single value) → text[]; absent/null → NULL
 * - a JSON array of numbers → a multirange of single points, so "some element between a and b"
 *   is one `&&` test a GiST index answers (a class with a session in the chosen dates)
 */
export class Migration20261128090000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create or replace function sosedi_search_text_array(j jsonb) returns text[]
      language sql immutable parallel safe as $$
        select case
          when j is null or jsonb_typeof(j) = 'null' then null
          when jsonb_typeof(j) = 'array' then nullif(array(select jsonb_array_elements_text(j)), '{}')
          else array[j #>> '{}']
        end
      $$;
    `)
    this.addSql(`
      create or replace function sosedi_search_num_ranges(j jsonb) returns nummultirange
      language sql immutable parallel safe as $$
        select range_agg(numrange(v::numeric, v::numeric, '[]'))
        from jsonb_array_elements_text(case when jsonb_typeof(j) = 'array' then j
                                            when j is null or jsonb_typeof(j) = 'null' then '[]'::jsonb
                                            else jsonb_build_array(j) end) v
      $$;
    `)
  }

  async down(): Promise<void> {
    this.addSql(`drop function if exists sosedi_search_num_ranges(jsonb);`)
    this.addSql(`drop function if exists sosedi_search_text_array(jsonb);`)
  }
}
