import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127190000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "class_session" ("id" text not null, "product_id" text not null, "variant_id" text not null, "seller_id" text not null, "center_id" text not null, "room_id" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "capacity" integer not null, "status" text check ("status" in ('scheduled', 'cancelled')) not null default 'scheduled', "cancelled_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "class_session_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_class_session_product_id" ON "class_session" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_class_session_variant_id_unique" ON "class_session" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_class_session_seller_id" ON "class_session" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_class_session_center_id" ON "class_session" ("center_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_class_session_deleted_at" ON "class_session" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ticket" ("id" text not null, "session_id" text not null, "order_id" text not null, "line_item_id" text not null, "seat_index" integer not null, "customer_id" text null, "email" text not null, "attendee_name" text not null, "code" text not null, "status" text check ("status" in ('confirmed', 'cancelled', 'attended', 'no_show')) not null default 'confirmed', "checked_in_at" timestamptz null, "cancelled_at" timestamptz null, "reminded_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ticket_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_session_id" ON "ticket" ("session_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_order_id" ON "ticket" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_line_item_id" ON "ticket" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ticket_code_unique" ON "ticket" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ticket_line_item_id_seat_index_unique" ON "ticket" ("line_item_id", "seat_index") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_deleted_at" ON "ticket" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "ticket" add constraint "ticket_session_id_foreign" foreign key ("session_id") references "class_session" ("id") on update cascade;`);

    this.addSql(`create table if not exists "waitlist_entry" ("id" text not null, "session_id" text not null, "email" text not null, "name" text not null, "customer_id" text null, "status" text check ("status" in ('waiting', 'offered', 'booked', 'expired', 'left')) not null default 'waiting', "offer_token" text null, "offer_expires_at" timestamptz null, "hold_reservation_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "waitlist_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_waitlist_entry_session_id" ON "waitlist_entry" ("session_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_waitlist_entry_deleted_at" ON "waitlist_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "waitlist_entry" add constraint "waitlist_entry_session_id_foreign" foreign key ("session_id") references "class_session" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ticket" drop constraint if exists "ticket_session_id_foreign";`);
    this.addSql(`alter table if exists "waitlist_entry" drop constraint if exists "waitlist_entry_session_id_foreign";`);
    this.addSql(`drop table if exists "ticket" cascade;`);
    this.addSql(`drop table if exists "waitlist_entry" cascade;`);
    this.addSql(`drop table if exists "class_session" cascade;`);
  }

}
