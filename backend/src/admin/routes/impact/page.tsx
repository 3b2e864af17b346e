import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Input, Label, Select, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { useSearchParams } from "react-router-dom"
import { STATUS_LABELS_RU } from "../../../modules/impact/statuses"
import { api, parseApiError, type ImpactReport } from "../../lib/api"
import { TableMessage } from "../../components/table-message"

const ALL = "all"

const statusLabel = (status: string | null) =>
  STATUS_LABELS_RU[(status ?? "none") as keyof typeof STATUS_LABELS_RU] ?? status ?? ""

const monthLabel = (month: string) => {
  const [y, m] = month.split("-").map(Number)
  const name = new Intl.DateTimeFormat("ru-RU", { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 1)))
  return `${name} ${y}`
}

/** An address on the backend for a plain link (downloads): `__BACKEND_URL__` may be "/" (same origin). */
const backendHref = (path: string) => `${(__BACKEND_URL__ || "").replace(/\/+$/, "")}${path}`

const share = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)} %`)
const rating = (value: number | null) => (value === null ? "—" : value.toFixed(1).replace(".", ","))

/**
 * The operator's view of the impact figures: every center or one, for a period of Moscow days.
 * The same numbers the managers see on their center's dashboard (GET /admin/impact), with the
 * CSV downloads of each table.
 */
const ImpactPage = () => {
  const [params, setParams] = useSearchParams()
  const centerId = params.get("center_id") ?? ALL
  const from = params.get("from") ?? ""
  const to = params.get("to") ?? ""

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params)
    if (!value || value === ALL) next.delete(key)
    else next.set(key, value)
    setParams(next, { replace: true })
  }

  const query = {
    center_id: centerId === ALL ? undefined : centerId,
    from: from || undefined,
    to: to || undefined,
  }
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["sosedi", "impact", query],
    queryFn: () => api.getImpact(query),
    placeholderData: keepPreviousData,
  })
  const { data: centers } = useQuery({
    queryKey: ["sosedi", "centers", "all-for-filter"],
    queryFn: () => api.listCenters({ limit: 100, fields: "id,name,district" }),
  })
  const report = data?.impact

  const csvHref = (table: string) => {
    const q = new URLSearchParams({ format: "csv", table })
    for (const [k, v] of Object.entries(query)) if (v) q.set(k, v)
    if (report) {
      q.set("from", report.period.from)
      q.set("to", report.period.to)
    }
    return backendHref(`/admin/impact?${q}`)
  }

  // the report shared beyond the centers: last full Moscow month against the one before (GET /admin/impact/monthly)
  const monthlyHref = backendHref(`/admin/impact/monthly?${new URLSearchParams({ format: "csv", ...(query.center_id ? { center_id: query.center_id } : {}) })}`)

  return (
    <Container className="divide-y p-0" data-testid="impact-page">
      <div className="px-6 py-4">
        <Heading level="h1">Влияние программы</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Ответы участников о своём положении при каждой записи на занятие, отзывы и готовность вести занятия.
          Месяцы и дни — по московскому времени.
        </Text>
      </div>
      <div className="flex flex-wrap items-end gap-4 px-6 py-4">
        <div className="flex flex-col gap-1">
          <Label size="small" htmlFor="impact-center">
            Центр
          </Label>
          <Select size="small" value={centerId} onValueChange={(v) => setParam("center_id", v)}>
            <Select.Trigger id="impact-center" className="w-72">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>Все центры</Select.Item>
              {(centers?.centers ?? []).map((c) => (
                <Select.Item key={c.id} value={c.id}>
                  {c.name} ({c.district})
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <Label size="small" htmlFor="impact-from">
            С
          </Label>
          <Input id="impact-from" type="date" size="small" value={from || report?.period.from || ""} onChange={(e) => setParam("from", e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label size="small" htmlFor="impact-to">
            По
          </Label>
          <Input id="impact-to" type="date" size="small" value={to || report?.period.to || ""} onChange={(e) => setParam("to", e.target.value)} />
        </div>
      </div>
      <div className="px-6 py-3">
        <a href={monthlyHref} className="txt-compact-small text-ui-fg-base underline" download>
          Ежемесячный отчёт за прошлый месяц (CSV, малые числа скрыты)
        </a>
      </div>
      {isError ? (
        <div className="px-6 py-4">
          <Text className="text-ui-fg-error" role="alert">
            {parseApiError(error).message}
          </Text>
        </div>
      ) : isLoading || !report ? (
        <TableMessage>Загрузка…</TableMessage>
      ) : (
        <ImpactTables report={report} csvHref={csvHref} />
      )}
    </Container>
  )
}

const Section = ({ title, csv, children }: { title: string; csv: string; children: ReactNode }) => (
  <section className="flex flex-col gap-2 py-4" aria-label={title}>
    <div className="flex items-center justify-between px-6">
      <Heading level="h2">{title}</Heading>
      <a href={csv} className="txt-compact-small text-ui-fg-base underline" download aria-label={`Скачать CSV: ${title}`}>
        Скачать CSV
      </a>
    </div>
    {children}
  </section>
)

const ImpactTables = ({ report, csvHref }: { report: ImpactReport; csvHref: (table: string) => string }) => {
  const { totals } = report
  return (
    <>
      <dl className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4" aria-label="Итоги периода">
        {[
          ["Участники", totals.participants],
          ["Записи", totals.registrations],
          ["Впервые", totals.first_timers],
          ["Повторно", totals.returning],
        ].map(([label, value]) => (
          <div key={label} className="flex flex-col">
            <dt className="txt-small text-ui-fg-subtle">{label}</dt>
            <dd className="txt-xlarge-plus">{value}</dd>
          </div>
        ))}
      </dl>
      <Section title="По месяцам" csv={csvHref("monthly")}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Месяц</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Участники</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Записи</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Впервые</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Повторно</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {report.monthly.map((m) => (
              <Table.Row key={m.month}>
                <Table.Cell>{monthLabel(m.month)}</Table.Cell>
                <Table.Cell className="text-right">{m.participants}</Table.Cell>
                <Table.Cell className="text-right">{m.registrations}</Table.Cell>
                <Table.Cell className="text-right">{m.first_timers}</Table.Cell>
                <Table.Cell className="text-right">{m.returning}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Section>
      <Section title="Положение: при первой и при последней записи" csv={csvHref("status_mix")}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Положение</Table.HeaderCell>
              <Table.HeaderCell className="text-right">При первой</Table.HeaderCell>
              <Table.HeaderCell className="text-right">При последней</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {report.status_mix.map((s) => (
              <Table.Row key={s.status ?? "none"}>
                <Table.Cell>{statusLabel(s.status)}</Table.Cell>
                <Table.Cell className="text-right">{s.first}</Table.Cell>
                <Table.Cell className="text-right">{s.latest}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Section>
      <Section title="Переходы (записывались больше одного раза)" csv={csvHref("transitions")}>
        {report.transitions.length ? (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Было</Table.HeaderCell>
                <Table.HeaderCell>Стало</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Человек</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {report.transitions.map((t) => (
                <Table.Row key={`${t.from}-${t.to}`}>
                  <Table.Cell>{statusLabel(t.from)}</Table.Cell>
                  <Table.Cell>{statusLabel(t.to)}</Table.Cell>
                  <Table.Cell className="text-right">{t.people}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <TableMessage>Пока никто не записывался дважды с ответом на вопрос</TableMessage>
        )}
      </Section>
      <Section title="Отзывы" csv={csvHref("feedback")}>
        <Text size="small" className="px-6">
          Всего отзывов: {report.feedback.total.responses}; средняя оценка {rating(report.feedback.total.average_rating)}; порекомендуют{" "}
          {share(report.feedback.total.would_recommend_share)}
        </Text>
      </Section>
      <Section title="Готовы вести занятия" csv={csvHref("ready_to_teach")}>
        {report.ready_to_teach.length ? (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Имя</Table.HeaderCell>
                <Table.HeaderCell>Контакты</Table.HeaderCell>
                <Table.HeaderCell>Центр</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {report.ready_to_teach.map((p, i) => (
                <Table.Row key={`${p.customer_id ?? p.email}-${i}`}>
                  <Table.Cell>{p.name ?? "—"}</Table.Cell>
                  <Table.Cell>{[p.email, p.phone].filter(Boolean).join(", ") || "—"}</Table.Cell>
                  <Table.Cell>{p.center_name ?? p.center_id}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <TableMessage>За период никто не ответил «да»</TableMessage>
        )}
      </Section>
    </>
  )
}

export const config = defineRouteConfig({
  label: "Влияние",
  icon: ChartBar,
})

export default ImpactPage
