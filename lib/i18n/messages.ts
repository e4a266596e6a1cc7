// The message catalogue: one JSON file per area of the product, merged under its namespace.
import common from "./messages/en/common.json";
import statuses from "./messages/en/statuses.json";
import publicSite from "./messages/en/public.json";
import workspace from "./messages/en/workspace.json";
import auth from "./messages/en/auth.json";
import secretariat from "./messages/en/secretariat.json";

export const messages = {
  en: { common, statuses, public: publicSite, workspace, auth, secretariat },
} as const;

export type Messages = (typeof messages)["en"];
