import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { Feedback } from "./models/feedback"
import { Registration } from "./models/registration"
import {
  MIX_ORDER,
  REPORT_TIME_ZONE,
  type FeedbackRow,
  type ImpactPeriod,
  type MonthlyRow,
  type PeriodTotals,
  type ReadyToTeachRow,
  type StatusMixRow,
  type TransitionRow,
} from "./report"

export type RatingSummary = { average: number; count: number }

class ImpactModuleService extends MedusaService({ Registration, Feedback }) {
  /** Average rating and count per class (product) or per artisan (seller), computed in SQL. */
  @InjectManager()
  async summarizeRatings(
    by: "product_id" | "seller_id",
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, RatingSummary>> {
    if (!ids.length) return {}
    const manager = sharedContext.manager as any
    const column = by === "product_id" ? "product_id" : "seller_id"
    const rows: any[] = await manager.execute(
      `select "${column}" as "key", round(avg("rating")::numeric, 1)::float as "average", count(*)::int as "count"
         from "impact_feedback" where "${column}" in (${ids.map(() => "?").join(", ")}) and "deleted_at" is null group by "${column}"`,
      ids
    )
    return Object.fromEntries(rows.map((r) => [r.key, { average: Number(r.average), count: Number(r.count) }]))
  }

  // ---- the impact dashboard (issue 6): SQL over the snapshots, never over current profiles ----
  //
  // A person is the customer (Medusa gives guests one too), else the lower-cased e-mail. The scope
  // is one center, or every center when `center_id` is empty (the operator's view). The period is
  // whole Moscow days, `to` included; bounds are turned into instants in SQL so the
  // (center_id, registered_at) index can be used.

  /** Per Moscow month of the period (empty months included): participants, bookings, first-timers, returning. */
  @InjectManager()
  async reportMonthly(period: ImpactPeriod, @MedusaContext() sharedContext: Context = {}): Promise<MonthlyRow[]> {
    const rows = await this.run(
      sharedContext,
      `with ${PERSON_REGISTRATIONS},
       firsts as (select person, min(month) as first_month from reg group by person),
       months as (
         select generate_series(date_trunc('month', cast(:from as date)::timestamp), date_trunc('month', cast(:to as date)::timestamp), interval '1 month') as month
       ),
       counted as (
         select r.month,
                count(*)::int as registrations,
                count(distinct r.person)::int as participants,
                count(distinct r.person) filter (where f.first_month = r.month)::int as first_timers,
                count(distinct r.person) filter (where f.first_month < r.month)::int as returning
           from reg r join firsts f on f.person = r.person
          where r.registered_at >= ${FROM_INSTANT}
          group by r.month
       )
       select to_char(m.month, 'YYYY-MM') as month,
              coalesce(c.participants, 0) as participants, coalesce(c.registrations, 0) as registrations,
              coalesce(c.first_timers, 0) as first_timers, coalesce(c.returning, 0) as returning
         from months m left join counted c on c.month = m.month
        order by m.month`,
      period
    )
    return rows.map((r) => ({ month: r.month, participants: +r.participants, registrations: +r.registrations, first_timers: +r.first_timers, returning: +r.returning }))
  }

  /** The whole period: unique participants (not the sum of months), bookings, first-timers (first booking ever in the scope falls in the period), returning. */
  @InjectManager()
  async reportTotals(period: ImpactPeriod, @MedusaContext() sharedContext: Context = {}): Promise<PeriodTotals> {
    const [row] = await this.run(
      sharedContext,
      `with ${PERSON_REGISTRATIONS},
       firsts as (select person, min(registered_at) as first_at from reg group by person)
       select count(*)::int as registrations,
              count(distinct r.person)::int as participants,
              count(distinct r.person) filter (where f.first_at >= ${FROM_INSTANT})::int as first_timers,
              count(distinct r.person) filter (where f.first_at < ${FROM_INSTANT})::int as returning
         from reg r join firsts f on f.person = r.person
        where r.registered_at >= ${FROM_INSTANT}`,
      period
    )
    return { participants: +row.participants, registrations: +row.registrations, first_timers: +row.first_timers, returning: +row.returning }
  }

  /**
   * Each participant of the period counted once by their first and once by their latest *answer*
   * in the period (a skipped question does not erase an earlier answer); people who skipped it
   * every time are the `null` row. Every status is listed, zeros included.
   */
  @InjectManager()
  async reportStatusMix(period: ImpactPeriod, @MedusaContext() sharedContext: Context = {}): Promise<StatusMixRow[]> {
    const rows = await this.run(
      sharedContext,
      `with ${PERSON_REGISTRATIONS}, ${PER_PERSON}
       select status, count(*) filter (where which = 'first')::int as first, count(*) filter (where which = 'latest')::int as latest
         from (select 'first' as which, first_status as status from per_person
               union all select 'latest', last_status from per_person) x
        group by status`,
      period
    )
    return MIX_ORDER.map((status) => {
      const found = rows.find((r) => (r.status ?? null) === status)
      return { status, first: found ? +found.first : 0, latest: found ? +found.latest : 0 }
    })
  }

  /** From the first to the latest answer of people who answered at least twice in the period (unchanged ones too). */
  @InjectManager()
  async reportTransitions(period: ImpactPeriod, @MedusaContext() sharedContext: Context = {}): Promise<TransitionRow[]> {
    const rows = await this.run(
      sharedContext,
      `with ${PERSON_REGISTRATIONS}, ${PER_PERSON}
       select first_status as "from", last_status as "to", count(*)::int as people
         from per_person where answers >= 2
        group by 1, 2 order by 3 desc, 1, 2`,
      period
    )
    return rows.map((r) => ({ from: r.from, to: r.to, people: +r.people }))
  }

  /** Feedback given in each Moscow month of the period (by when it was first given), with averages; the last row (month null) is the whole period. */
  @InjectManager()
  async reportFeedback(period: ImpactPeriod, @MedusaContext() sharedContext: Context = {}): Promise<FeedbackRow[]> {
    const rows = await this.run(
      sharedContext,
      `with months as (
         select generate_series(date_trunc('month', cast(:from as date)::timestamp), date_trunc('month', cast(:to as date)::timestamp), interval '1 month') as month
       ),
       given as (
         select date_trunc('month', created_at at time zone '${REPORT_TIME_ZONE}') as month, rating, would_recommend
           from impact_feedback
          where deleted_at is null and ${IN_SCOPE}
            and created_at >= ${FROM_INSTANT} and created_at < ${TO_INSTANT}
       )
       select to_char(m.month, 'YYYY-MM') as month, count(g.rating)::int as responses,
              round(avg(g.rating)::numeric, 2)::float as average_rating,
              count(*) filter (where g.would_recommend)::int as would_recommend,
              round(avg(case when g.would_recommend then 1 when not g.would_recommend then 0 end)::numeric, 3)::float as would_recommend_share
         from months m left join given g on g.month = m.month
        group by rollup (m.month) order by m.month nulls last`,
      period
    )
    return rows.map((r) => ({
      month: r.month ?? null,
      responses: +r.responses,
      average_rating: r.average_rating === null ? null : +r.average_rating,
      would_recommend: +r.would_recommend,
      would_recommend_share: r.would_recommend_share === null ? null : +r.would_recommend_share,
    }))
  }

  /** People whose latest yes/no answer in the period is "yes": the ones who agreed to be asked to teach. */
  @InjectManager()
  async reportReadyToTeach(period: ImpactPeriod, @MedusaContext() sharedContext: Context = {}): Promise<ReadyToTeachRow[]> {
    const rows = await this.run(
      sharedContext,
      `with latest as (
         select distinct on (coalesce(customer_id, lower(email)))
                customer_id, lower(email) as email, center_id, ready_to_teach, registered_at
           from impact_registration
          where deleted_at is null and coalesce(customer_id, email) is not null and ready_to_teach is not null
            and ${IN_SCOPE} and registered_at >= ${FROM_INSTANT} and registered_at < ${TO_INSTANT}
          order by coalesce(customer_id, lower(email)), registered_at desc, created_at desc, id desc
       )
       select customer_id, email, center_id, registered_at as answered_at from latest where ready_to_teach order by registered_at desc`,
      period
    )
    return rows.map((r) => ({ customer_id: r.customer_id, email: r.email, center_id: r.center_id, answered_at: new Date(r.answered_at) }))
  }

  /** Named parameters (`:from`, `:to`, `:center`) → knex's positional ones, in order of appearance. */
  private async run(sharedContext: Context, sql: string, period: ImpactPeriod): Promise<any[]> {
    const values: Record<string, string | null> = { from: period.from, to: period.to, center: period.center_id || null }
    const bindings: (string | null)[] = []
    const text = sql.replace(/:(from|to|center)\b/g, (_, name: string) => {
      bindings.push(values[name])
      return "?"
    })
    return (sharedContext.manager as any).execute(text, bindings)
  }
}

/** The scope: one center, or all of them when no center is given. */
const IN_SCOPE = `(cast(:center as text) is null or center_id = cast(:center as text))`
/** The first instant of the period (Moscow midnight of `from`) and the first instant after it. */
const FROM_INSTANT = `(cast(:from as date)::timestamp at time zone '${REPORT_TIME_ZONE}')`
const TO_INSTANT = `((cast(:to as date) + 1)::timestamp at time zone '${REPORT_TIME_ZONE}')`

/**
 * `reg`: every booking in the scope up to the end of the period — earlier ones too, since a
 * first-timer is someone whose first booking ever (in the scope) falls in the month or period.
 */
const PERSON_REGISTRATIONS = `reg as (
  select id, coalesce(customer_id, lower(email)) as person, economic_status, registered_at, created_at,
         date_trunc('month', registered_at at time zone '${REPORT_TIME_ZONE}') as month
    from impact_registration
   where deleted_at is null and coalesce(customer_id, email) is not null
     and ${IN_SCOPE} and registered_at < ${TO_INSTANT}
)`

/** `per_person`: each participant of the period with their first and latest answer in it and how many answers. */
const PER_PERSON = `in_period as (select * from reg where registered_at >= ${FROM_INSTANT}),
answered as (
  select person, economic_status,
         row_number() over (partition by person order by registered_at, created_at, id) as first_n,
         row_number() over (partition by person order by registered_at desc, created_at desc, id desc) as last_n
    from in_period where economic_status is not null
),
per_person as (
  select p.person,
         (select economic_status from answered a where a.person = p.person and a.first_n = 1) as first_status,
         (select economic_status from answered a where a.person = p.person and a.last_n = 1) as last_status,
         (select count(*) from answered a where a.person = p.person) as answers
    from (select distinct person from in_period) p
)`

export default ImpactModuleService
