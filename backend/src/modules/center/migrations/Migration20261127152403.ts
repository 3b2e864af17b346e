import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127152403 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "center" drop constraint if exists "center_handle_unique";`);
    this.addSql(`create table if not exists "center" ("id" text not null, "handle" text not null, "name" text not null, "district" text not null, "address" text not null, "lat" real not null, "lng" real not null, "opening_hours" jsonb not null, "phone" text null, "email" text null, "description" text not null default '', "status" text check ("status" in ('active', 'closed')) not null default 'active', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "center_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_center_handle_unique" ON "center" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_center_deleted_at" ON "center" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "room" ("id" text not null, "name" text not null, "capacity" integer not null, "hourly_price" numeric not null, "amenities" text[] not null default '{}', "center_id" text not null, "raw_hourly_price" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "room_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_room_center_id" ON "room" ("center_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_room_deleted_at" ON "room" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "room" add constraint "room_center_id_foreign" foreign key ("center_id") references "center" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "room" drop constraint if exists "room_center_id_foreign";`);

    this.addSql(`drop table if exists "center" cascade;`);

    this.addSql(`drop table if exists "room" cascade;`);
  }

}
