import { publicApiRoute } from "@/lib/api/public-api-route";
import { listBody } from "@/lib/api/envelope";
import { preflight } from "@/lib/api/http";
import { API_OPERATIONS } from "@/lib/api/operations";
import { slicePage } from "@/lib/api/pagination";
import { presentTheme } from "@/lib/api/present";
import { listThemeRecords } from "@/lib/data/open-data/themes";

export const GET = publicApiRoute(API_OPERATIONS.listThemes, async ({ query, self, urls }) => {
  const themes = await listThemeRecords({ demo: query.demo });
  return listBody(
    slicePage(themes, query).map((theme) => presentTheme(theme, urls)),
    themes.length,
    query,
    self,
  );
});

export const OPTIONS = preflight;
