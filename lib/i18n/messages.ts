// The message catalogue in the six languages: one JSON file per area of the product and language, merged under its
// namespace. English is complete; another language's missing keys fall back to English (never to a message key):
// the catalogues of the five are laid over the English one, so a missing key formats with English words.
// The JSON imports carry `with { type: "json" }` so that Node itself (Playwright's specs) can load this module too.
import type { Locale } from "./locales";
import auth from "./messages/en/auth.json" with { type: "json" };
import common from "./messages/en/common.json" with { type: "json" };
import downloads from "./messages/en/downloads.json" with { type: "json" };
import email from "./messages/en/email.json" with { type: "json" };
import explorer from "./messages/en/explorer.json" with { type: "json" };
import imports from "./messages/en/imports.json" with { type: "json" };
import language from "./messages/en/language.json" with { type: "json" };
import openData from "./messages/en/openData.json" with { type: "json" };
import previews from "./messages/en/previews.json" with { type: "json" };
import publicSite from "./messages/en/public.json" with { type: "json" };
import register from "./messages/en/register.json" with { type: "json" };
import reporting from "./messages/en/reporting.json" with { type: "json" };
import review from "./messages/en/review.json" with { type: "json" };
import secretariat from "./messages/en/secretariat.json" with { type: "json" };
import statuses from "./messages/en/statuses.json" with { type: "json" };
import workspace from "./messages/en/workspace.json" with { type: "json" };
import arAuth from "./messages/ar/auth.json" with { type: "json" };
import arCommon from "./messages/ar/common.json" with { type: "json" };
import arDownloads from "./messages/ar/downloads.json" with { type: "json" };
import arEmail from "./messages/ar/email.json" with { type: "json" };
import arExplorer from "./messages/ar/explorer.json" with { type: "json" };
import arLanguage from "./messages/ar/language.json" with { type: "json" };
import arOpenData from "./messages/ar/openData.json" with { type: "json" };
import arPreviews from "./messages/ar/previews.json" with { type: "json" };
import arPublicSite from "./messages/ar/public.json" with { type: "json" };
import arRegister from "./messages/ar/register.json" with { type: "json" };
import arReporting from "./messages/ar/reporting.json" with { type: "json" };
import arReview from "./messages/ar/review.json" with { type: "json" };
import arSecretariat from "./messages/ar/secretariat.json" with { type: "json" };
import arStatuses from "./messages/ar/statuses.json" with { type: "json" };
import arWorkspace from "./messages/ar/workspace.json" with { type: "json" };
import esAuth from "./messages/es/auth.json" with { type: "json" };
import esCommon from "./messages/es/common.json" with { type: "json" };
import esDownloads from "./messages/es/downloads.json" with { type: "json" };
import esEmail from "./messages/es/email.json" with { type: "json" };
import esExplorer from "./messages/es/explorer.json" with { type: "json" };
import esLanguage from "./messages/es/language.json" with { type: "json" };
import esOpenData from "./messages/es/openData.json" with { type: "json" };
import esPreviews from "./messages/es/previews.json" with { type: "json" };
import esPublicSite from "./messages/es/public.json" with { type: "json" };
import esRegister from "./messages/es/register.json" with { type: "json" };
import esReporting from "./messages/es/reporting.json" with { type: "json" };
import esReview from "./messages/es/review.json" with { type: "json" };
import esSecretariat from "./messages/es/secretariat.json" with { type: "json" };
import esStatuses from "./messages/es/statuses.json" with { type: "json" };
import esWorkspace from "./messages/es/workspace.json" with { type: "json" };
import frAuth from "./messages/fr/auth.json" with { type: "json" };
import frCommon from "./messages/fr/common.json" with { type: "json" };
import frDownloads from "./messages/fr/downloads.json" with { type: "json" };
import frEmail from "./messages/fr/email.json" with { type: "json" };
import frExplorer from "./messages/fr/explorer.json" with { type: "json" };
import frLanguage from "./messages/fr/language.json" with { type: "json" };
import frOpenData from "./messages/fr/openData.json" with { type: "json" };
import frPreviews from "./messages/fr/previews.json" with { type: "json" };
import frPublicSite from "./messages/fr/public.json" with { type: "json" };
import frRegister from "./messages/fr/register.json" with { type: "json" };
import frReporting from "./messages/fr/reporting.json" with { type: "json" };
import frReview from "./messages/fr/review.json" with { type: "json" };
import frSecretariat from "./messages/fr/secretariat.json" with { type: "json" };
import frStatuses from "./messages/fr/statuses.json" with { type: "json" };
import frWorkspace from "./messages/fr/workspace.json" with { type: "json" };
import ruAuth from "./messages/ru/auth.json" with { type: "json" };
import ruCommon from "./messages/ru/common.json" with { type: "json" };
import ruDownloads from "./messages/ru/downloads.json" with { type: "json" };
import ruEmail from "./messages/ru/email.json" with { type: "json" };
import ruExplorer from "./messages/ru/explorer.json" with { type: "json" };
import ruLanguage from "./messages/ru/language.json" with { type: "json" };
import ruOpenData from "./messages/ru/openData.json" with { type: "json" };
import ruPreviews from "./messages/ru/previews.json" with { type: "json" };
import ruPublicSite from "./messages/ru/public.json" with { type: "json" };
import ruRegister from "./messages/ru/register.json" with { type: "json" };
import ruReporting from "./messages/ru/reporting.json" with { type: "json" };
import ruReview from "./messages/ru/review.json" with { type: "json" };
import ruSecretariat from "./messages/ru/secretariat.json" with { type: "json" };
import ruStatuses from "./messages/ru/statuses.json" with { type: "json" };
import ruWorkspace from "./messages/ru/workspace.json" with { type: "json" };
import zhAuth from "./messages/zh/auth.json" with { type: "json" };
import zhCommon from "./messages/zh/common.json" with { type: "json" };
import zhDownloads from "./messages/zh/downloads.json" with { type: "json" };
import zhEmail from "./messages/zh/email.json" with { type: "json" };
import zhExplorer from "./messages/zh/explorer.json" with { type: "json" };
import zhLanguage from "./messages/zh/language.json" with { type: "json" };
import zhOpenData from "./messages/zh/openData.json" with { type: "json" };
import zhPreviews from "./messages/zh/previews.json" with { type: "json" };
import zhPublicSite from "./messages/zh/public.json" with { type: "json" };
import zhRegister from "./messages/zh/register.json" with { type: "json" };
import zhReporting from "./messages/zh/reporting.json" with { type: "json" };
import zhReview from "./messages/zh/review.json" with { type: "json" };
import zhSecretariat from "./messages/zh/secretariat.json" with { type: "json" };
import zhStatuses from "./messages/zh/statuses.json" with { type: "json" };
import zhWorkspace from "./messages/zh/workspace.json" with { type: "json" };
import assessments from "./messages/en/assessments.json" with { type: "json" };
import arAssessments from "./messages/ar/assessments.json" with { type: "json" };
import esAssessments from "./messages/es/assessments.json" with { type: "json" };
import frAssessments from "./messages/fr/assessments.json" with { type: "json" };
import ruAssessments from "./messages/ru/assessments.json" with { type: "json" };
import zhAssessments from "./messages/zh/assessments.json" with { type: "json" };
import arImports from "./messages/ar/imports.json" with { type: "json" };
import esImports from "./messages/es/imports.json" with { type: "json" };
import frImports from "./messages/fr/imports.json" with { type: "json" };
import ruImports from "./messages/ru/imports.json" with { type: "json" };
import zhImports from "./messages/zh/imports.json" with { type: "json" };

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
  language,
  assessments,
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
    language: arLanguage,
    imports: arImports,
    assessments: arAssessments,
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
    language: esLanguage,
    imports: esImports,
    assessments: esAssessments,
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
    language: frLanguage,
    imports: frImports,
    assessments: frAssessments,
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
    language: ruLanguage,
    imports: ruImports,
    assessments: ruAssessments,
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
    language: zhLanguage,
    imports: zhImports,
    assessments: zhAssessments,
  }),
};
