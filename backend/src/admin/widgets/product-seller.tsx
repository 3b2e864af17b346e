import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { api, parseApiError } from "../lib/api"
import { CENTER_STATUS, membershipLabel, SELLER_STATUS, TAX_STATUS } from "../lib/labels"

/** On the product page: whose product it is and which centers' shops offer it. */
const ProductSellerWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["sosedi", "product-origin", product.id],
    queryFn: () => api.productOrigin(product.id),
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Мастер и центры</Heading>
      </div>
      {isLoading ? (
        <div className="px-6 py-4">
          <Text size="small">Загрузка…</Text>
        </div>
      ) : isError || !data ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {parseApiError(error).message}
          </Text>
        </div>
      ) : (
        <>
          <div className="flex flex-col gap-y-1 px-6 py-4">
            <Text size="small" weight="plus">
              Мастер
            </Text>
            {data.seller ? (
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  to={`/sellers?q=${encodeURIComponent(data.seller.handle)}`}
                  className="txt-small text-ui-fg-interactive"
                >
                  {data.seller.name}
                </Link>
                <StatusBadge color={SELLER_STATUS[data.seller.status]?.color ?? "grey"}>
                  {SELLER_STATUS[data.seller.status]?.label ?? data.seller.status}
                </StatusBadge>
                <Text size="small" className="text-ui-fg-subtle">
                  {TAX_STATUS[data.seller.tax_status] ?? data.seller.tax_status} · ИНН {data.seller.inn}
                </Text>
              </div>
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                У товара нет мастера: он не продаётся от имени соседа.
              </Text>
            )}
          </div>
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Text size="small" weight="plus">
              Предлагают центры
            </Text>
            {data.centers.length ? (
              data.centers.map((center) => {
                const membership = membershipLabel(center.membership_status)
                return (
                  <div key={center.id} className="flex flex-wrap items-center gap-2">
                    <Link to={`/centers/${center.id}`} className="txt-small text-ui-fg-interactive">
                      {center.name}
                    </Link>
                    <Text size="small" className="text-ui-fg-subtle">
                      {center.district}
                    </Text>
                    {center.status !== "active" ? (
                      <StatusBadge color="grey">{CENTER_STATUS[center.status]?.label ?? center.status}</StatusBadge>
                    ) : null}
                    {data.seller ? (
                      <Badge size="2xsmall" color={membership.color}>
                        мастер: {membership.label}
                      </Badge>
                    ) : null}
                  </div>
                )
              })
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                Ни один центр не предлагает этот товар: добавьте его в канал продаж центра.
              </Text>
            )}
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductSellerWidget
