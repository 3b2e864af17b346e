import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Hand-written beside the DML: the two exclusion constraints are what make the rules hold in the
 * database itself — one room, one occupancy at a time; one door code per room per overlapping window.
 */
export class Migration20261127185311 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS btree_gist;`);
    this.addSql(`create table if not exists "room_booking" ("id" text not null, "room_id" text not null, "center_id" text not null, "kind" text check ("kind" in ('booking', 'session', 'block')) not null default 'booking', "status" text check ("status" in ('held', 'confirmed', 'cancelled')) not null default 'held', "starts_at" timestamptz not null, "ends_at" timestamptz not null, "hold_expires_at" timestamptz null, "customer_id" text null, "email" text null, "name" text null, "phone" text null, "purpose" text null, "source_id" text null, "door_code" text null, "code_valid_from" timestamptz null, "price" numeric not null, "order_id" text null, "cart_id" text null, "confirmed_at" timestamptz null, "cancelled_at" timestamptz null, "raw_price" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "room_booking_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_room_booking_deleted_at" ON "room_booking" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_room_booking_room_id_starts_at" ON "room_booking" ("room_id", "starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_room_booking_customer_id" ON "room_booking" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_room_booking_source_id" ON "room_booking" ("source_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table "room_booking" add constraint "room_booking_range_check" check ("ends_at" > "starts_at");`);
    this.addSql(`alter table "room_booking" add constraint "room_booking_door_code_check" check ("door_code" is null or ("door_code" ~ '^[0-9]{6}$' and "code_valid_from" is not null));`);
    this.addSql(`alter table "room_booking" add constraint "room_booking_no_overlap" exclude using gist ("room_id" with =, tstzrange("starts_at", "ends_at", '[)') with &&) where ("status" <> 'cancelled' and "deleted_at" is null);`);
    this.addSql(`alter table "room_booking" add constraint "room_booking_door_code_unique" exclude using gist ("room_id" with =, "door_code" with =, tstzrange("code_valid_from", "ends_at", '[)') with &&) where ("door_code" is not null and "status" <> 'cancelled' and "deleted_at" is null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "room_booking" cascade;`);
  }

}
