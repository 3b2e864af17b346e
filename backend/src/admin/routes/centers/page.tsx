import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  FocusModal,
  Heading,
  Input,
  Select,
  StatusBadge,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import { CenterForm, centerFormBody, centerFormValues, CenterFormValues, FORM_FIELDS } from "../../components/center-form"
import { api, FieldErrors, generalError, parseApiError } from "../../lib/api"
import { CENTER_STATUS } from "../../lib/labels"
import { TableMessage } from "../../components/table-message"

const PAGE_SIZE = 20
const ALL = "all"

function useDebounced<T>(value: T, ms = 300) {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(t)
  }, [value, ms])
  return debounced
}

const CentersPage = () => {
  const navigate = useNavigate()
  const [q, setQ] = useState("")
  const [district, setDistrict] = useState(ALL)
  const [status, setStatus] = useState(ALL)
  const [page, setPage] = useState(0)
  const search = useDebounced(q)
  useEffect(() => setPage(0), [search, district, status])

  const query = {
    q: search || undefined,
    district: district === ALL ? undefined : district,
    status: status === ALL ? undefined : status,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  }
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["sosedi", "centers", query],
    queryFn: () => api.listCenters(query),
    placeholderData: keepPreviousData,
  })
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Центры</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Соседские центры: магазин, пункт выдачи и менеджеры каждого
          </Text>
        </div>
        <CreateCenterModal onCreated={(id) => navigate(`/centers/${id}`)} />
      </div>
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <Input
          type="search"
          size="small"
          className="w-64"
          placeholder="Поиск: название, адрес, handle"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          aria-label="Поиск центров"
        />
        <Select size="small" value={district} onValueChange={setDistrict}>
          <Select.Trigger className="w-56" aria-label="Район">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>Все районы</Select.Item>
            {(data?.districts ?? []).map((d) => (
              <Select.Item key={d} value={d}>
                {d}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select size="small" value={status} onValueChange={setStatus}>
          <Select.Trigger className="w-44" aria-label="Статус">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>Любой статус</Select.Item>
            <Select.Item value="active">Работает</Select.Item>
            <Select.Item value="closed">Закрыт</Select.Item>
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
                <Table.HeaderCell>Название</Table.HeaderCell>
                <Table.HeaderCell>Район</Table.HeaderCell>
                <Table.HeaderCell>Адрес</Table.HeaderCell>
                <Table.HeaderCell>Менеджеры</Table.HeaderCell>
                <Table.HeaderCell>Статус</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(data?.centers ?? []).map((center) => (
                <Table.Row
                  key={center.id}
                  className="cursor-pointer"
                  onClick={() => navigate(`/centers/${center.id}`)}
                >
                  <Table.Cell>
                    <div className="flex flex-col">
                      <span>{center.name}</span>
                      <span className="text-ui-fg-subtle txt-small">{center.handle}</span>
                    </div>
                  </Table.Cell>
                  <Table.Cell>{center.district}</Table.Cell>
                  <Table.Cell>{center.address}</Table.Cell>
                  <Table.Cell>
                    {center.managers.length ? (
                      <div className="flex flex-wrap gap-1">
                        {center.managers.map((m) => (
                          <Badge key={m.id} size="2xsmall" title={m.email}>
                            {m.name || m.email}
                          </Badge>
                        ))}
                      </div>
                    ) : (
                      <span className="text-ui-fg-muted">нет</span>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={CENTER_STATUS[center.status]?.color ?? "grey"}>
                      {CENTER_STATUS[center.status]?.label ?? center.status}
                    </StatusBadge>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {isLoading ? <TableMessage>Загрузка…</TableMessage> : null}
          {!isLoading && !data?.centers.length ? <TableMessage>Центров не найдено</TableMessage> : null}
          <Table.Pagination
            count={count}
            pageSize={PAGE_SIZE}
            pageIndex={page}
            pageCount={pageCount}
            canPreviousPage={page > 0}
            canNextPage={page + 1 < pageCount}
            previousPage={() => setPage((p) => Math.max(0, p - 1))}
            nextPage={() => setPage((p) => p + 1)}
            translations={{ of: "из", results: "центров", pages: "стр.", prev: "Назад", next: "Вперёд" }}
          />
        </>
      )}
    </Container>
  )
}

const CreateCenterModal = ({ onCreated }: { onCreated: (id: string) => void }) => {
  const [open, setOpen] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [general, setGeneral] = useState<string | null>(null)
  const [formKey, setFormKey] = useState(0)
  const queryClient = useQueryClient()
  const create = useMutation({
    mutationFn: (values: CenterFormValues) => api.createCenter(centerFormBody(values, "create")),
    onSuccess: ({ center, storefront_linked }) => {
      queryClient.invalidateQueries({ queryKey: ["sosedi"] })
      toast.success(`Центр «${center.name}» создан`, {
        description: storefront_linked
          ? "Его магазин уже виден на витрине."
          : "Ключ витрины «Sosedi.market storefront» не найден: подключите канал продаж к ключу вручную.",
      })
      setOpen(false)
      onCreated(center.id)
    },
    onError: (error) => {
      const { message, fields } = parseApiError(error)
      setErrors(fields)
      setGeneral(generalError(message, fields, FORM_FIELDS))
    },
  })
  const openChange = (next: boolean) => {
    setOpen(next)
    if (next) {
      setErrors({})
      setGeneral(null)
      setFormKey((k) => k + 1)
    }
  }

  return (
    <FocusModal open={open} onOpenChange={openChange}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          Создать центр
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <FocusModal.Header>
          <FocusModal.Title>Новый центр</FocusModal.Title>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-1 justify-center overflow-y-auto px-6 py-8">
          <div className="w-full max-w-2xl">
            <Text size="small" className="text-ui-fg-subtle mb-6">
              Вместе с центром создаются его магазин (канал продаж) и пункт выдачи с бесплатным самовывозом.
            </Text>
            <CenterForm
              key={formKey}
              mode="create"
              initial={centerFormValues()}
              errors={errors}
              generalError={general}
              submitting={create.isPending}
              submitLabel="Создать"
              onSubmit={(values) => create.mutate(values)}
              onCancel={() => setOpen(false)}
            />
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}

export const config = defineRouteConfig({
  label: "Центры",
  icon: Buildings,
})

export default CentersPage
