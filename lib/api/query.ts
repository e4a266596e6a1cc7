// Reading the query string strictly: a parameter the API knows must be valid (or the answer is a 400 naming it);
// a parameter it does not know is ignored; an empty one ("status=") counts as absent.
import type { z } from "zod";
import { ApiProblem, invalidParameters, type ParameterError } from "./problem";

export function readQuery(searchParams: URLSearchParams): { values: Record<string, string>; repeated: string[] } {
  const values: Record<string, string> = {};
  const repeated = new Set<string>();
  for (const [name, value] of searchParams) {
    if (value === "") continue;
    if (name in values) repeated.add(name);
    else values[name] = value;
  }
  return { values, repeated: [...repeated] };
}

function parameterErrors(error: z.ZodError, location: ParameterError["in"]): ParameterError[] {
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    const parameter = String(issue.path[0] ?? "");
    if (seen.has(parameter)) return [];
    seen.add(parameter);
    return [{ parameter, in: location, detail: issue.message }];
  });
}

/** The query string parsed by `schema`; throws an ApiProblem (400) listing every invalid parameter. */
export function parseQuery<Schema extends z.ZodObject>(
  schema: Schema,
  searchParams: URLSearchParams,
): z.output<Schema> {
  const { values, repeated } = readQuery(searchParams);
  const known = repeated.filter((name) => name in schema.shape);
  const errors: ParameterError[] = known.map((parameter) => ({
    parameter,
    in: "query",
    detail: `${parameter} may be given only once.`,
  }));
  const result = schema.safeParse(values);
  if (!result.success)
    errors.push(...parameterErrors(result.error, "query").filter((e) => !known.includes(e.parameter)));
  if (errors.length > 0 || !result.success) throw new ApiProblem(invalidParameters(errors));
  return result.data;
}

/** The request's known parameters, first values only, in alphabetical order: the address the response describes
 * (links.self) and its cache key, so that unknown parameters or their order make no difference. */
export function canonicalSearch(searchParams: URLSearchParams, known: readonly string[]): string {
  const { values } = readQuery(searchParams);
  const entries = Object.entries(values)
    .filter(([name]) => known.includes(name))
    .sort(([a], [b]) => a.localeCompare(b));
  return entries.length > 0 ? `?${new URLSearchParams(entries)}` : "";
}
