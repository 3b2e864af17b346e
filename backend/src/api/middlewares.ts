import { defineMiddlewares } from "@medusajs/framework/http"
import { storeCentersMiddlewares } from "./store/centers/middlewares"
import { storeClassesMiddlewares } from "./store/classes/middlewares"
import { storeProductOriginMiddlewares } from "./store/products/middlewares"
import { storeSellersMiddlewares } from "./store/sellers/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeCentersMiddlewares,
    ...storeSellersMiddlewares,
    ...storeProductOriginMiddlewares,
    ...storeClassesMiddlewares,
  ],
})
