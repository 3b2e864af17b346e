import { Text } from "@medusajs/ui"

/** A full-width line under a table header: loading, nothing found. */
export const TableMessage = ({ children }: { children: string }) => (
  <div className="px-6 py-4">
    <Text size="small" className="text-ui-fg-subtle">
      {children}
    </Text>
  </div>
)
