import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128010000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "scholarship" ("id" text not null, "center_id" text not null, "recipient_email" text null, "recipient_phone" text null, "recipient_name" text null, "code" text not null, "promotion_id" text null, "coverage" text check ("coverage" in ('full', 'percent')) not null, "percent" integer not null, "max_seat_price" integer not null, "reserved_amount" integer not null, "spent_amount" integer not null default 0, "expires_at" timestamptz not null, "status" text check ("status" in ('issued', 'redeemed', 'expired', 'revoked')) not null default 'issued', "issued_by" text not null, "note" text not null default '', "cart_id" text null, "order_id" text null, "redeemed_at" timestamptz null, "revoked_at" timestamptz null, "revoked_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "scholarship_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_scholarship_code_unique" ON "scholarship" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_scholarship_center_id" ON "scholarship" ("center_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_scholarship_status_expires" ON "scholarship" ("status", "expires_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_scholarship_deleted_at" ON "scholarship" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "scholarship_budget" ("id" text not null, "center_id" text not null, "total" integer not null default 0, "reserved" integer not null default 0, "spent" integer not null default 0, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "scholarship_budget_pkey" primary key ("id"), constraint "scholarship_budget_not_overspent" check ("reserved" >= 0 and "spent" >= 0 and "reserved" + "spent" <= "total"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_scholarship_budget_center_unique" ON "scholarship_budget" ("center_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_scholarship_budget_deleted_at" ON "scholarship_budget" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "scholarship" cascade;`);
    this.addSql(`drop table if exists "scholarship_budget" cascade;`);
  }

}
