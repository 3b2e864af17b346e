import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// issue 6: registration snapshots and feedback (module `impact`)
export class Migration20261127221737 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "impact_registration" ("id" text not null, "customer_id" text null, "email" text null, "order_id" text not null, "line_item_id" text not null, "ticket_id" text null, "seats" integer not null default 1, "session_id" text not null, "product_id" text not null, "seller_id" text null, "center_id" text not null, "economic_status" text check ("economic_status" in ('unemployed', 'looking_for_work', 'employed', 'self_employed', 'business_owner', 'retired', 'student', 'prefer_not_to_say')) null, "ready_to_teach" boolean null, "registered_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "impact_registration_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_registration_deleted_at" ON "impact_registration" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_impact_registration_line_item_unique" ON "impact_registration" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_registration_customer" ON "impact_registration" ("customer_id", "registered_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_registration_center" ON "impact_registration" ("center_id", "registered_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_registration_email" ON "impact_registration" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "impact_feedback" ("id" text not null, "ticket_id" text not null, "customer_id" text null, "session_id" text not null, "product_id" text not null, "seller_id" text not null, "center_id" text not null, "rating" integer not null, "useful" text not null default '', "would_recommend" boolean not null, "ready_to_teach" boolean null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "impact_feedback_pkey" primary key ("id"), constraint "impact_feedback_rating_check" check ("rating" between 1 and 5));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_feedback_deleted_at" ON "impact_feedback" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_impact_feedback_ticket_unique" ON "impact_feedback" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_feedback_product" ON "impact_feedback" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_feedback_seller" ON "impact_feedback" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_feedback_center" ON "impact_feedback" ("center_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "impact_registration" cascade;`);
    this.addSql(`drop table if exists "impact_feedback" cascade;`);
  }

}
