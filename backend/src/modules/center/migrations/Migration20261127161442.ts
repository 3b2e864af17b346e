import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127161442 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "manager" drop constraint if exists "manager_email_unique";`);
    this.addSql(`create table if not exists "manager" ("id" text not null, "email" text not null, "first_name" text not null, "last_name" text not null default '', "phone" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "manager_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_manager_email_unique" ON "manager" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_manager_deleted_at" ON "manager" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "center_manager" ("manager_id" text not null, "center_id" text not null, constraint "center_manager_pkey" primary key ("manager_id", "center_id"));`);

    this.addSql(`alter table if exists "center_manager" add constraint "center_manager_manager_id_foreign" foreign key ("manager_id") references "manager" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "center_manager" add constraint "center_manager_center_id_foreign" foreign key ("center_id") references "center" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "center_manager" drop constraint if exists "center_manager_manager_id_foreign";`);

    this.addSql(`drop table if exists "manager" cascade;`);

    this.addSql(`drop table if exists "center_manager" cascade;`);
  }

}
