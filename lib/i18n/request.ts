// next-intl without locale routing: one locale today (English); the catalogue is split by area of the product.
import { getRequestConfig } from "next-intl/server";
import { messages } from "./messages";

export const defaultLocale = "en";

export default getRequestConfig(() => ({
  locale: defaultLocale,
  messages: messages[defaultLocale],
  timeZone: "UTC",
}));
