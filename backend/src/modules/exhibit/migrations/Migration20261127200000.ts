import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127200000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "exhibit" ("id" text not null, "center_id" text not null, "title" text not null, "description" text not null default '', "place" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "apply_until" timestamptz not null, "places" integer not null, "status" text check ("status" in ('draft', 'open', 'closed', 'cancelled')) not null default 'draft', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "exhibit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exhibit_center_id" ON "exhibit" ("center_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exhibit_deleted_at" ON "exhibit" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "exhibit_application" ("id" text not null, "seller_id" text not null, "product_ids" text[] not null default '{}', "note" text not null default '', "status" text check ("status" in ('pending', 'approved', 'declined', 'withdrawn')) not null default 'pending', "decision_note" text null, "decided_at" timestamptz null, "exhibit_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "exhibit_application_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exhibit_application_exhibit_id" ON "exhibit_application" ("exhibit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exhibit_application_deleted_at" ON "exhibit_application" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_exhibit_application_exhibit_seller_unique" ON "exhibit_application" ("exhibit_id", "seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exhibit_application_seller_id" ON "exhibit_application" ("seller_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "exhibit_application" add constraint "exhibit_application_exhibit_id_foreign" foreign key ("exhibit_id") references "exhibit" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "exhibit_application" drop constraint if exists "exhibit_application_exhibit_id_foreign";`);

    this.addSql(`drop table if exists "exhibit" cascade;`);

    this.addSql(`drop table if exists "exhibit_application" cascade;`);
  }

}
