import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tools } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  Heading,
  Input,
  Select,
  StatusBadge,
  Table,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { AdminSeller, api, parseApiError } from "../../lib/api"
import { membershipLabel, SELLER_STATUS, TAX_STATUS } from "../../lib/labels"
import { TableMessage } from "../../components/table-message"

const PAGE_SIZE = 20
const ALL = "all"

const SellersPage = () => {
  const [params, setParams] = useSearchParams()
  const status = params.get("status") ?? ALL
  const centerId = params.get("center_id") ?? ALL
  const q = params.get("q") ?? ""
  const page = Number(params.get("page") ?? 0) || 0
  const [text, setText] = useState(q)

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params)
    if (!value || value === ALL) next.delete(key)
    else next.set(key, value)
    if (key !== "page") next.delete("page")
    setParams(next, { replace: true })
  }
  useEffect(() => {
    const t = setTimeout(() => text !== q && setParam("q", text.trim()), 300)
    return () => clearTimeout(t)
  }, [text])

  const query = {
    status: status === ALL ? undefined : status,
    center_id: centerId === ALL ? undefined : centerId,
    q: q || undefined,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  }
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["sosedi", "sellers", query],
    queryFn: () => api.listSellers(query),
    placeholderData: keepPreviousData,
  })
  const { data: centers } = useQuery({
    queryKey: ["sosedi", "centers", "all-for-filter"],
    queryFn: () => api.listCenters({ limit: 100, fields: "id,name,district" }),
  })
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Мастера</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Продавцы платформы: одобряйте новых, приостанавливайте нарушителей. Членство в центре решает его менеджер.
        </Text>
      </div>
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <Input
          type="search"
          size="small"
          className="w-64"
          placeholder="Поиск: имя, handle, ИНН, почта"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label="Поиск мастеров"
        />
        <Select size="small" value={status} onValueChange={(v) => setParam("status", v)}>
          <Select.Trigger className="w-48" aria-label="Статус">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>Любой статус</Select.Item>
            {Object.entries(SELLER_STATUS).map(([value, { label }]) => (
              <Select.Item key={value} value={value}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select size="small" value={centerId} onValueChange={(v) => setParam("center_id", v)}>
          <Select.Trigger className="w-72" aria-label="Центр">
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
      {isError ? (
        <div className="px-6 py-4">
          <Text className="text-ui-fg-error">{parseApiError(error).message}</Text>
        </div>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Мастер</Table.HeaderCell>
                <Table.HeaderCell>Налоговый статус</Table.HeaderCell>
                <Table.HeaderCell>ИНН</Table.HeaderCell>
                <Table.HeaderCell>Центры</Table.HeaderCell>
                <Table.HeaderCell>Статус</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Действия</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(data?.sellers ?? []).map((seller) => (
                <SellerRow key={seller.id} seller={seller} />
              ))}
            </Table.Body>
          </Table>
          {isLoading ? <TableMessage>Загрузка…</TableMessage> : null}
          {!isLoading && !data?.sellers.length ? <TableMessage>Мастеров не найдено</TableMessage> : null}
          <Table.Pagination
            count={count}
            pageSize={PAGE_SIZE}
            pageIndex={page}
            pageCount={pageCount}
            canPreviousPage={page > 0}
            canNextPage={page + 1 < pageCount}
            previousPage={() => setParam("page", String(Math.max(0, page - 1)))}
            nextPage={() => setParam("page", String(page + 1))}
            translations={{ of: "из", results: "мастеров", pages: "стр.", prev: "Назад", next: "Вперёд" }}
          />
        </>
      )}
    </Container>
  )
}

const SellerRow = ({ seller }: { seller: AdminSeller }) => {
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const change = useMutation({
    mutationFn: (status: "approved" | "suspended") => api.setSellerStatus(seller.id, status),
    onSuccess: ({ seller: saved }) => {
      queryClient.invalidateQueries({ queryKey: ["sosedi", "sellers"] })
      toast.success(
        saved.status === "suspended"
          ? `${saved.name}: приостановлен`
          : `${saved.name}: одобрен`
      )
    },
    onError: (error) => toast.error(parseApiError(error).message),
  })
  const suspend = async () => {
    const ok = await prompt({
      title: `Приостановить мастера «${seller.name}»?`,
      description:
        "Страница мастера и его товары и мастер-классы пропадут с витрины всех центров, корзины перестанут их принимать, а в кабинете мастера ничего нельзя будет изменить. Членство в центрах сохранится; одобрить снова можно в любой момент.",
      confirmText: "Приостановить",
      cancelText: "Отмена",
      variant: "danger",
    })
    if (ok) {
      change.mutate("suspended")
    }
  }
  const status = SELLER_STATUS[seller.status]
  return (
    <Table.Row>
      <Table.Cell>
        <div className="flex flex-col">
          <span>{seller.name}</span>
          <span className="text-ui-fg-subtle txt-small">{seller.handle}</span>
        </div>
      </Table.Cell>
      <Table.Cell>{TAX_STATUS[seller.tax_status] ?? seller.tax_status}</Table.Cell>
      <Table.Cell className="font-mono">{seller.inn}</Table.Cell>
      <Table.Cell>
        {seller.memberships.length ? (
          <div className="flex flex-col gap-1 py-1">
            {seller.memberships.map((m) => {
              const membership = membershipLabel(m.status)
              return (
                <div key={m.center_id} className="flex items-center gap-x-1">
                  <Link to={`/centers/${m.center_id}`} className="txt-small text-ui-fg-interactive">
                    {m.center_name ?? m.center_id}
                  </Link>
                  <Badge size="2xsmall" color={membership.color}>
                    {membership.label}
                  </Badge>
                </div>
              )
            })}
          </div>
        ) : (
          <span className="text-ui-fg-muted">нет</span>
        )}
      </Table.Cell>
      <Table.Cell>
        <StatusBadge color={status?.color ?? "grey"}>{status?.label ?? seller.status}</StatusBadge>
      </Table.Cell>
      <Table.Cell>
        <div className="flex justify-end gap-x-2">
          {seller.status !== "approved" ? (
            <Button size="small" variant="secondary" isLoading={change.isPending} onClick={() => change.mutate("approved")}>
              Одобрить
            </Button>
          ) : null}
          {seller.status !== "suspended" ? (
            <Button size="small" variant="secondary" isLoading={change.isPending} onClick={suspend}>
              Приостановить
            </Button>
          ) : null}
        </div>
      </Table.Cell>
    </Table.Row>
  )
}

export const config = defineRouteConfig({
  label: "Мастера",
  icon: Tools,
})

export default SellersPage
