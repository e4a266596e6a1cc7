import { apiRoute, listBody } from "@/lib/api/handler";
import { preflight } from "@/lib/api/http";
import { slicePage } from "@/lib/api/pagination";
import { presentTheme } from "@/lib/api/present";
import { PaginationQuery } from "@/lib/api/schemas/params";
import { ThemeList } from "@/lib/api/schemas/themes";
import { listThemeRecords } from "@/lib/data/open-data/themes";

export const GET = apiRoute({
  query: PaginationQuery,
  response: ThemeList,
  handle: async ({ query, self, urls }) => {
    const themes = await listThemeRecords();
    return listBody(slicePage(themes, query).map((theme) => presentTheme(theme, urls)), themes.length, query, self);
  },
});

export const OPTIONS = preflight;
