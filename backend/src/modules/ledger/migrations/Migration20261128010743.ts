import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128010743 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "seller_id" text not null, "center_id" text not null, "kind" text check ("kind" in ('materials_compensation')) not null, "amount" numeric not null, "raw_amount" jsonb not null, "product_id" text not null, "session_id" text null, "order_line_id" text null, "note" text not null default '', "recorded_by" text not null, "recorded_at" timestamptz not null, "cancelled_at" timestamptz null, "cancelled_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_seller_recorded" ON "ledger_entry" ("seller_id", "recorded_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_center_recorded" ON "ledger_entry" ("center_id", "recorded_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_entry" cascade;`);
  }

}
