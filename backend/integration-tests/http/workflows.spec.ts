import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { centerInput, nextInn, runWorkflow } from "../support/fixtures"

medusaIntegrationTestRunner({
  cwd: process.cwd(),
  testSuite: ({ getContainer }) => {
    describe("writes leave nothing half-done", () => {
      it("refuses a seller with a bad ИНН, naming the field, and creates nothing", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const center = await runWorkflow(container, "create-center", centerInput("gamma", "Митино"))
        const valid = nextInn()
        const broken = valid.slice(0, 11) + String((Number(valid[11]) + 1) % 10)

        await expect(
          runWorkflow(container, "register-seller", { handle: "x", name: "X", tax_status: "npd", inn: broken, center_ids: [center.center.id] })
        ).rejects.toThrow(/^inn: /)
        await expect(
          runWorkflow(container, "register-seller", { handle: "y", name: "Y", tax_status: "organization", inn: valid, center_ids: [center.center.id] })
        ).rejects.toThrow(/inn: .*10 цифр/)
        await expect(
          runWorkflow(container, "register-seller", { handle: "z", name: "Z", tax_status: "npd", inn: "000000000000", center_ids: [center.center.id] })
        ).rejects.toThrow(/inn: /)
        const { data: sellers } = await query.graph({ entity: "seller", fields: ["id"] })
        expect(sellers).toEqual([])

        await runWorkflow(container, "register-seller", { handle: "ok", name: "Ok", tax_status: "npd", inn: valid, center_ids: [center.center.id] })
        await expect(
          runWorkflow(container, "register-seller", { handle: "ok", name: "Dup", tax_status: "npd", inn: nextInn(), center_ids: [center.center.id] })
        ).rejects.toThrow(/^handle: /)
        const { data: after } = await query.graph({ entity: "seller", fields: ["id", "handle", "status"] })
        expect(after).toEqual([expect.objectContaining({ handle: "ok", status: "pending" })])
      })

      it("rolls back the shop and pickup point when a center cannot be created", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        await runWorkflow(container, "create-center", centerInput("delta", "Бабушкинский"))
        const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
        const before = { sc: await count("sales_channel"), sl: await count("stock_location"), so: await count("shipping_option") }

        await expect(
          runWorkflow(container, "create-center", centerInput("delta", "Бабушкинский"))
        ).rejects.toThrow()

        expect({ sc: await count("sales_channel"), sl: await count("stock_location"), so: await count("shipping_option") }).toEqual(before)
        expect(await count("center")).toBe(1)
      })
    })
  },
})
