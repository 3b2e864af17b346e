import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127164050 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "center" add column if not exists "featured_product_ids" text[] not null default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "center" drop column if exists "featured_product_ids";`);
  }

}
