// the catalogues of the five are laid over the English one, so a missing key formats with English words.
import type { Locale } from "./locales";
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
import arAuth from "./messages/ar/auth.json";
import arCommon from "./messages/ar/common.json";
import arDownloads from "./messages/ar/downloads.json";
import arEmail from "./messages/ar/email.json";
import arExplorer from "./messages/ar/explorer.json";
import arImports from "./messages/ar/imports.json";
import arOpenData from "./messages/ar/openData.json";
import arPreviews from "./messages/ar/previews.json";
import arPublicSite from "./messages/ar/public.json";
import arRegister from "./messages/ar/register.json";
import arReporting from "./messages/ar/reporting.json";
import arReview from "./messages/ar/review.json";
import arSecretariat from "./messages/ar/secretariat.json";
import arStatuses from "./messages/ar/statuses.json";
import arWorkspace from "./messages/ar/workspace.json";
import esAuth from "./messages/es/auth.json";
import esCommon from "./messages/es/common.json";
import esDownloads from "./messages/es/downloads.json";
import esEmail from "./messages/es/email.json";
import esExplorer from "./messages/es/explorer.json";
import esImports from "./messages/es/imports.json";
import esOpenData from "./messages/es/openData.json";
import esPreviews from "./messages/es/previews.json";
import esPublicSite from "./messages/es/public.json";
import esRegister from "./messages/es/register.json";
import esReporting from "./messages/es/reporting.json";
import esReview from "./messages/es/review.json";
import esSecretariat from "./messages/es/secretariat.json";
import esStatuses from "./messages/es/statuses.json";
import esWorkspace from "./messages/es/workspace.json";
import frAuth from "./messages/fr/auth.json";
import frCommon from "./messages/fr/common.json";
import frDownloads from "./messages/fr/downloads.json";
import frEmail from "./messages/fr/email.json";
import frExplorer from "./messages/fr/explorer.json";
import frImports from "./messages/fr/imports.json";
import frOpenData from "./messages/fr/openData.json";
import frPreviews from "./messages/fr/previews.json";
import frPublicSite from "./messages/fr/public.json";
import frRegister from "./messages/fr/register.json";
import frReporting from "./messages/fr/reporting.json";
import frReview from "./messages/fr/review.json";
import frSecretariat from "./messages/fr/secretariat.json";
import frStatuses from "./messages/fr/statuses.json";
import frWorkspace from "./messages/fr/workspace.json";
import ruAuth from "./messages/ru/auth.json";
import ruCommon from "./messages/ru/common.json";
import ruDownloads from "./messages/ru/downloads.json";
import ruEmail from "./messages/ru/email.json";
import ruExplorer from "./messages/ru/explorer.json";
import ruImports from "./messages/ru/imports.json";
import ruOpenData from "./messages/ru/openData.json";
import ruPreviews from "./messages/ru/previews.json";
import ruPublicSite from "./messages/ru/public.json";
import ruRegister from "./messages/ru/register.json";
import ruReporting from "./messages/ru/reporting.json";
import ruReview from "./messages/ru/review.json";
import ruSecretariat from "./messages/ru/secretariat.json";
import ruStatuses from "./messages/ru/statuses.json";
import ruWorkspace from "./messages/ru/workspace.json";
import zhAuth from "./messages/zh/auth.json";
import zhCommon from "./messages/zh/common.json";
import zhDownloads from "./messages/zh/downloads.json";
import zhEmail from "./messages/zh/email.json";
import zhExplorer from "./messages/zh/explorer.json";
import zhImports from "./messages/zh/imports.json";
import zhOpenData from "./messages/zh/openData.json";
import zhPreviews from "./messages/zh/previews.json";
import zhPublicSite from "./messages/zh/public.json";
import zhRegister from "./messages/zh/register.json";
import zhReporting from "./messages/zh/reporting.json";
import zhReview from "./messages/zh/review.json";
import zhSecretariat from "./messages/zh/secretariat.json";
import zhStatuses from "./messages/zh/statuses.json";
import zhWorkspace from "./messages/zh/workspace.json";

const en = {
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
} as const;

export type Messages = typeof en;
type Tree = { [key: string]: string | Tree };

/** `translated` laid over `english`: every English key is there, in the translation when it has one. */
function overEnglish(english: Tree, translated: Tree): Tree {
  const merged: Tree = {};
  for (const [key, value] of Object.entries(english)) {
    const own = translated[key];
    if (typeof value === "string") merged[key] = typeof own === "string" && own !== "" ? own : value;
    else merged[key] = overEnglish(value, typeof own === "object" ? own : {});
  }
  return merged;
}

const translation = (catalogue: Partial<Record<keyof Messages, unknown>>): Messages =>
  overEnglish(en, catalogue as Tree) as unknown as Messages;

export const messages: Record<Locale, Messages> = {
  en,
  ar: translation({
    common: arCommon,
    statuses: arStatuses,
    public: arPublicSite,
    explorer: arExplorer,
    openData: arOpenData,
    previews: arPreviews,
    workspace: arWorkspace,
    auth: arAuth,
    email: arEmail,
    secretariat: arSecretariat,
    review: arReview,
    register: arRegister,
    reporting: arReporting,
    downloads: arDownloads,
    imports: arImports,
  }),
  es: translation({
    common: esCommon,
    statuses: esStatuses,
    public: esPublicSite,
    explorer: esExplorer,
    openData: esOpenData,
    previews: esPreviews,
    workspace: esWorkspace,
    auth: esAuth,
    email: esEmail,
    secretariat: esSecretariat,
    review: esReview,
    register: esRegister,
    reporting: esReporting,
    downloads: esDownloads,
    imports: esImports,
  }),
  fr: translation({
    common: frCommon,
    statuses: frStatuses,
    public: frPublicSite,
    explorer: frExplorer,
    openData: frOpenData,
    previews: frPreviews,
    workspace: frWorkspace,
    auth: frAuth,
    email: frEmail,
    secretariat: frSecretariat,
    review: frReview,
    register: frRegister,
    reporting: frReporting,
    downloads: frDownloads,
    imports: frImports,
  }),
  ru: translation({
    common: ruCommon,
    statuses: ruStatuses,
    public: ruPublicSite,
    explorer: ruExplorer,
    openData: ruOpenData,
    previews: ruPreviews,
    workspace: ruWorkspace,
    auth: ruAuth,
    email: ruEmail,
    secretariat: ruSecretariat,
    review: ruReview,
    register: ruRegister,
    reporting: ruReporting,
    downloads: ruDownloads,
    imports: ruImports,
  }),
  zh: translation({
    common: zhCommon,
    statuses: zhStatuses,
    public: zhPublicSite,
    explorer: zhExplorer,
    openData: zhOpenData,
    previews: zhPreviews,
    workspace: zhWorkspace,
    auth: zhAuth,
    email: zhEmail,
    secretariat: zhSecretariat,
    review: zhReview,
    register: zhRegister,
    reporting: zhReporting,
    downloads: zhDownloads,
    imports: zhImports,
  }),
};
