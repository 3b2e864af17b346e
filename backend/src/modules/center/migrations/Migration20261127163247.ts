import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127163247 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "center" add column if not exists "fee_rate" real not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "center" drop column if exists "fee_rate";`);
  }

}
