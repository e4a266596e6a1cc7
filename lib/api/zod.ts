// zod with zod-to-openapi's `.openapi()` method. Every API schema imports `z` from here, so the extension runs
// before any schema is defined (module evaluation order), whichever module is loaded first.
import { extendZodWithOpenApi } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

extendZodWithOpenApi(z);

export { z };
