// The message catalogue: one JSON file per area of the product, merged under its namespace.
import auth from "./messages/en/auth.json";
import common from "./messages/en/common.json";
import downloads from "./messages/en/downloads.json";
import email from "./messages/en/email.json";
import explorer from "./messages/en/explorer.json";
import imports from "./messages/en/imports.json";
import openData from "./messages/en/openData.json";
import previews from "./messages/en/previews.json";
import publicSite from "./messages/en/public.json";
import register from "./messages/en/register.json";
import reporting from "./messages/en/reporting.json";
import review from "./messages/en/review.json";
import secretariat from "./messages/en/secretariat.json";
import statuses from "./messages/en/statuses.json";
import workspace from "./messages/en/workspace.json";

export const messages = {
  en: {
    common,
    statuses,
    public: publicSite,
    explorer,
    openData,
    previews,
    workspace,
    auth,
    email,
    secretariat,
    review,
    register,
    reporting,
    downloads,
    imports,
  },
} as const;
