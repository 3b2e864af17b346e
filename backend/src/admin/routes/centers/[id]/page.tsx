import { ArrowLeft, Trash } from "@medusajs/icons"
import {
  Alert,
  Button,
  Container,
  Heading,
  IconButton,
  Input,
  StatusBadge,
  Table,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { FormEvent, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { CenterForm, centerFormBody, centerFormValues, CenterFormValues, FORM_FIELDS } from "../../../components/center-form"
import { Field } from "../../../components/field"
import { AdminCenter, api, FieldErrors, generalError, parseApiError } from "../../../lib/api"
import { CENTER_STATUS } from "../../../lib/labels"
import { TableMessage } from "../../../components/table-message"

const CenterPage = () => {
  const { id } = useParams<{ id: string }>()
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["sosedi", "center", id],
    queryFn: () => api.getCenter(id!),
    enabled: !!id,
  })

  if (isLoading) {
    return (
      <Container>
        <Text>Загрузка…</Text>
      </Container>
    )
  }
  if (isError || !data) {
    return (
      <Container className="flex flex-col gap-y-2">
        <Text className="text-ui-fg-error">{parseApiError(error).message}</Text>
        <Link to="/centers" className="txt-small text-ui-fg-interactive">
          ← Все центры
        </Link>
      </Container>
    )
  }
  const center = data.center
  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/centers" className="txt-small text-ui-fg-subtle hover:text-ui-fg-base flex items-center gap-x-1">
        <ArrowLeft /> Все центры
      </Link>
      <EditCenter center={center} />
      <Managers center={center} />
      <ScholarshipBudgetSection center={center} />
    </div>
  )
}

const EditCenter = ({ center }: { center: AdminCenter }) => {
  const queryClient = useQueryClient()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [general, setGeneral] = useState<string | null>(null)
  const save = useMutation({
    mutationFn: (values: CenterFormValues) => api.updateCenter(center.id, centerFormBody(values, "edit")),
    onSuccess: ({ center: saved }) => {
      setErrors({})
      setGeneral(null)
      queryClient.setQueryData(["sosedi", "center", center.id], { center: saved })
      queryClient.invalidateQueries({ queryKey: ["sosedi", "centers"] })
      toast.success("Изменения сохранены")
    },
    onError: (error) => {
      const { message, fields } = parseApiError(error)
      setErrors(fields)
      setGeneral(generalError(message, fields, FORM_FIELDS))
    },
  })
  const status = CENTER_STATUS[center.status]
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">{center.name}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            /centers/{center.handle} · магазин {center.sales_channel_id ?? "—"} · пункт выдачи{" "}
            {center.stock_location_id ?? "—"}
          </Text>
        </div>
        <StatusBadge color={status?.color ?? "grey"}>{status?.label ?? center.status}</StatusBadge>
      </div>
      <div className="px-6 py-6">
        <CenterForm
          key={center.id}
          mode="edit"
          initial={centerFormValues(center)}
          errors={errors}
          generalError={general}
          submitting={save.isPending}
          submitLabel="Сохранить"
          onSubmit={(values) => save.mutate(values)}
        />
      </div>
    </Container>
  )
}

const EMPTY_MANAGER = { email: "", first_name: "", last_name: "", phone: "", password: "" }
const MANAGER_FIELDS = Object.keys(EMPTY_MANAGER)

const Managers = ({ center }: { center: AdminCenter }) => {
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const [form, setForm] = useState(EMPTY_MANAGER)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [general, setGeneral] = useState<string | null>(null)
  const refresh = (saved: AdminCenter) => {
    queryClient.setQueryData(["sosedi", "center", center.id], { center: saved })
    queryClient.invalidateQueries({ queryKey: ["sosedi", "centers"] })
  }

  const add = useMutation({
    mutationFn: () => {
      const body: Record<string, unknown> = { email: form.email.trim(), first_name: form.first_name.trim() }
      if (form.last_name.trim()) body.last_name = form.last_name.trim()
      if (form.phone.trim()) body.phone = form.phone.trim()
      if (form.password) body.password = form.password
      return api.addManager(center.id, body)
    },
    onSuccess: ({ center: saved, created, manager }) => {
      refresh(saved)
      setForm(EMPTY_MANAGER)
      setErrors({})
      setGeneral(null)
      toast.success(
        created ? `${manager?.name || manager?.email} теперь менеджер центра` : `${manager?.name || manager?.email} назначен(а) и в этот центр`,
        { description: "Менеджер входит в кабинет центра со своей почтой и паролем." }
      )
    },
    onError: (error) => {
      const { message, fields } = parseApiError(error)
      setErrors(fields)
      setGeneral(generalError(message, fields, MANAGER_FIELDS))
    },
  })

  const remove = useMutation({
    mutationFn: (managerId: string) => api.removeManager(center.id, managerId),
    onSuccess: ({ center: saved }) => {
      refresh(saved)
      toast.success("Менеджер снят с центра")
    },
    onError: (error) => toast.error(parseApiError(error).message),
  })

  const confirmRemove = async (manager: AdminCenter["managers"][number]) => {
    const ok = await prompt({
      title: "Снять менеджера с центра?",
      description: `${manager.name || manager.email} больше не сможет управлять центром «${center.name}». Вход и другие центры менеджера останутся.`,
      confirmText: "Снять",
      cancelText: "Отмена",
    })
    if (ok) {
      remove.mutate(manager.id)
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault()
    add.mutate()
  }
  const input = (key: keyof typeof EMPTY_MANAGER, label: string, props: Record<string, unknown> = {}, hint?: string) => (
    <Field id={`manager-${key}`} label={label} error={errors[key]} hint={hint}>
      <Input
        id={`manager-${key}`}
        value={form[key]}
        onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
        aria-invalid={!!errors[key]}
        {...props}
      />
    </Field>
  )

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Менеджеры</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Курируют магазин центра, принимают мастеров, сдают залы
        </Text>
      </div>
      {center.managers.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Имя</Table.HeaderCell>
              <Table.HeaderCell>Почта</Table.HeaderCell>
              <Table.HeaderCell>Телефон</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {center.managers.map((m) => (
              <Table.Row key={m.id}>
                <Table.Cell>{m.name}</Table.Cell>
                <Table.Cell>{m.email}</Table.Cell>
                <Table.Cell>{m.phone ?? "—"}</Table.Cell>
                <Table.Cell className="text-right">
                  <IconButton
                    size="small"
                    variant="transparent"
                    aria-label={`Снять ${m.name || m.email}`}
                    onClick={() => confirmRemove(m)}
                    disabled={remove.isPending}
                  >
                    <Trash />
                  </IconButton>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <TableMessage>У центра пока нет менеджеров</TableMessage>
      )}
      <form onSubmit={submit} className="flex flex-col gap-y-4 px-6 py-6" noValidate>
        <Heading level="h3">Назначить менеджера</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Если менеджер с этой почтой уже есть, центр добавится к его центрам. Если у человека уже есть вход с
          этой почтой (например, он покупатель или мастер), пароль не нужен — он войдёт со своим.
        </Text>
        {general ? <Alert variant="error">{general}</Alert> : null}
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {input("email", "Почта", { type: "email", autoComplete: "off" })}
          {input("first_name", "Имя")}
          {input("last_name", "Фамилия")}
          {input("phone", "Телефон")}
          {input(
            "password",
            "Пароль для нового входа",
            { type: "password", autoComplete: "new-password" },
            "Не короче 8 символов; нужен, только если входа с этой почтой ещё нет"
          )}
        </div>
        <div className="flex justify-end">
          <Button type="submit" size="small" isLoading={add.isPending}>
            Назначить
          </Button>
        </div>
      </form>
    </Container>
  )
}

const rub = (n: number) => `${new Intl.NumberFormat("ru-RU").format(n)} ₽`

/** The operator sets the center's scholarship budget, as its manager can on the storefront. */
const ScholarshipBudgetSection = ({ center }: { center: AdminCenter }) => {
  const queryClient = useQueryClient()
  const key = ["sosedi", "scholarship-budget", center.id]
  const { data, isLoading, isError, error } = useQuery({ queryKey: key, queryFn: () => api.getScholarshipBudget(center.id) })
  const [total, setTotal] = useState<string | null>(null)
  const [fieldError, setFieldError] = useState<string | undefined>()
  const save = useMutation({
    mutationFn: (value: number) => api.setScholarshipBudget(center.id, value),
    onSuccess: (saved) => {
      setFieldError(undefined)
      setTotal(null)
      queryClient.setQueryData(key, saved)
      toast.success("Бюджет стипендий сохранён")
    },
    onError: (e) => {
      const { message, fields } = parseApiError(e)
      setFieldError(fields.total ?? message)
    },
  })
  const budget = data?.budget
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const raw = (total ?? String(budget?.total ?? "")).replace(/\s/g, "").replace(",", ".")
    // an empty or non-numeric value goes to the API as is, so the answer names the field
    save.mutate(raw === "" ? (NaN as number) : Number(raw))
  }
  return (
    <Container className="divide-y p-0" data-testid="scholarship-budget">
      <div className="px-6 py-4">
        <Heading level="h2">Стипендии</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Из этого бюджета менеджер центра выдаёт коды на места в мастер-классах. Код сразу резервирует свою
          наибольшую стоимость; неиспользованное возвращается в бюджет.
        </Text>
      </div>
      {isError ? (
        <div className="px-6 py-4">
          <Text className="text-ui-fg-error">{parseApiError(error).message}</Text>
        </div>
      ) : isLoading || !budget ? (
        <TableMessage>Загрузка…</TableMessage>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4" aria-label="Бюджет стипендий">
            {[
              ["Бюджет", budget.total],
              ["Зарезервировано кодами", budget.reserved],
              ["Потрачено", budget.spent],
              ["Осталось выдать", budget.available],
            ].map(([label, value]) => (
              <div key={label as string} className="flex flex-col">
                <dt className="txt-small text-ui-fg-subtle">{label}</dt>
                <dd className="txt-large">{rub(value as number)}</dd>
              </div>
            ))}
          </dl>
          <form onSubmit={submit} className="flex items-end gap-x-2 px-6 py-4" noValidate>
            <Field id="scholarship-total" label="Бюджет, ₽" error={fieldError} className="w-64">
              <Input
                id="scholarship-total"
                inputMode="decimal"
                value={total ?? String(budget.total)}
                onChange={(e) => setTotal(e.target.value)}
                aria-invalid={!!fieldError}
                aria-describedby={fieldError ? "scholarship-total-error" : undefined}
              />
            </Field>
            <Button type="submit" size="small" isLoading={save.isPending}>
              Сохранить бюджет
            </Button>
          </form>
        </>
      )}
    </Container>
  )
}

export default CenterPage
