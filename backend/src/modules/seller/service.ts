import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { Seller } from "./models/seller"
import { checkInn, innLengthFor } from "./utils/inn"

class SellerModuleService extends MedusaService({ Seller }) {
  /** Throws a field-named error the storefront can show; the module is the last line of defence. */
  assertValidInn(inn: string, taxStatus: string) {
    const check = checkInn(inn)
    if (!check.valid) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `inn: ${check.reason === "format" ? "ИНН должен состоять из 10 или 12 цифр" : check.reason === "zeros" ? "ИНН не может состоять из одних нулей" : "Неверная контрольная сумма ИНН"}`
      )
    }
    if (inn.length !== innLengthFor(taxStatus)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `inn: для этого налогового статуса нужен ИНН из ${innLengthFor(taxStatus)} цифр`
      )
    }
  }
}

export default SellerModuleService
