import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127185312 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "room" add column if not exists "opening_hours" jsonb null, add column if not exists "lock_secret_hash" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "room" drop column if exists "opening_hours", drop column if exists "lock_secret_hash";`);
  }

}
