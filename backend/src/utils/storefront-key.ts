/** Title of the publishable key the storefront uses; every center's shop is linked to it. */
export const STOREFRONT_KEY_TITLE = "Sosedi.market storefront"
