// The OpenAPI document read back as what the docs page shows: operations with their parameters and examples, and
// the schemas with their fields. Pure, so the page is rendered from the very document clients download.
import type { OpenAPIObject, ParameterObject, ReferenceObject, SchemaObject } from "openapi3-ts/oas31";

export type TypeSummary = {
  /** e.g. "string", "integer", "array of Commitment", "string (date)". */
  text: string;
  /** A component schema this type points to, for a link. */
  ref?: string;
  nullable: boolean;
  values?: string[];
  limits?: string;
  defaultValue?: string;
};

type DocsParameter = { name: string; in: string; required: boolean; description: string; type: TypeSummary };

export type DocsOperation = {
  id: string;
  method: "GET";
  path: string;
  tag: string;
  summary: string;
  description: string;
  parameters: DocsParameter[];
  exampleRequest: string | null;
  exampleResponse: unknown;
  responseSchema: string | null;
  errors: { status: string; description: string }[];
};

type DocsField = { name: string; required: boolean; description: string; type: TypeSummary };
export type DocsSchema = { name: string; description: string; fields: DocsField[]; type: TypeSummary };

const isRef = (value: unknown): value is ReferenceObject =>
  typeof value === "object" && value !== null && "$ref" in value;

const refName = (ref: ReferenceObject) => ref.$ref.split("/").at(-1) ?? ref.$ref;

export function summariseType(schema: SchemaObject | ReferenceObject | undefined): TypeSummary {
  if (!schema) return { text: "any", nullable: false };
  if (isRef(schema)) return { text: refName(schema), ref: refName(schema), nullable: false };
  if (schema.allOf?.length === 1 || schema.anyOf?.length === 1)
    return summariseType((schema.allOf ?? schema.anyOf)![0]);
  const types = (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []).map(String);
  const nullable = types.includes("null") || (schema.anyOf ?? []).some((s) => !isRef(s) && s.type === "null");
  const anyOfTypes = (schema.anyOf ?? schema.oneOf ?? []).filter((s) => isRef(s) || s.type !== "null");
  if (types.length === 0 && anyOfTypes.length === 1) return { ...summariseType(anyOfTypes[0]), nullable };
  if (types.length === 0 && anyOfTypes.length > 1) {
    return { text: anyOfTypes.map((s) => summariseType(s).text).join(" or "), nullable };
  }
  const main = types.filter((type) => type !== "null")[0] ?? "object";
  if (main === "array") {
    const items = summariseType(schema.items);
    return { text: `array of ${items.text}`, ref: items.ref, values: items.values, nullable };
  }
  const limits = [
    schema.minimum !== undefined ? `≥ ${schema.minimum}` : null,
    schema.maximum !== undefined ? `≤ ${schema.maximum}` : null,
    schema.maxLength !== undefined ? `at most ${schema.maxLength} characters` : null,
  ].filter(Boolean);
  return {
    text: schema.format ? `${main} (${schema.format})` : main,
    nullable,
    ...(schema.enum ? { values: schema.enum.map(String) } : {}),
    ...(limits.length > 0 ? { limits: limits.join(", ") } : {}),
    ...(schema.default !== undefined ? { defaultValue: String(schema.default) } : {}),
  };
}

function jsonContent(response: unknown) {
  const content = (
    response as { content?: Record<string, { schema?: SchemaObject | ReferenceObject; example?: unknown }> }
  )?.content;
  return content ? Object.values(content)[0] : undefined;
}

export function docsOperations(document: OpenAPIObject): DocsOperation[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) => {
    const operation = item.get;
    if (!operation) return [];
    const ok = jsonContent(operation.responses?.["200"]);
    return [
      {
        id: operation.operationId ?? path,
        method: "GET" as const,
        path,
        tag: operation.tags?.[0] ?? "",
        summary: operation.summary ?? "",
        description: operation.description ?? "",
        parameters: (operation.parameters ?? [])
          .filter((parameter): parameter is ParameterObject => !isRef(parameter))
          .map((parameter) => ({
            name: parameter.name,
            in: parameter.in,
            required: parameter.required ?? false,
            description:
              parameter.description ?? (isRef(parameter.schema) ? "" : (parameter.schema?.description ?? "")),
            type: summariseType(parameter.schema),
          })),
        exampleRequest: typeof operation["x-example-request"] === "string" ? operation["x-example-request"] : null,
        exampleResponse: ok?.example ?? null,
        responseSchema: ok?.schema && isRef(ok.schema) ? refName(ok.schema) : null,
        errors: Object.entries(operation.responses ?? {})
          .filter(([status]) => status !== "200")
          .map(([status, response]) => ({
            status,
            description: (response as { description?: string }).description ?? "",
          })),
      },
    ];
  });
}

/** Every component schema; an `allOf` of a reference and an object (an extended schema) lists both's fields. */
export function docsSchemas(document: OpenAPIObject): DocsSchema[] {
  const schemas = document.components?.schemas ?? {};
  const fieldsOf = (schema: SchemaObject | ReferenceObject | undefined): DocsField[] => {
    if (!schema) return [];
    if (isRef(schema)) return fieldsOf(schemas[refName(schema)]);
    if (schema.allOf) return schema.allOf.flatMap(fieldsOf);
    const required = new Set(schema.required ?? []);
    return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
      name,
      required: required.has(name),
      description: isRef(property) ? "" : (property.description ?? ""),
      type: summariseType(property),
    }));
  };
  return Object.entries(schemas).map(([name, schema]) => ({
    name,
    description: isRef(schema) ? "" : (schema.description ?? ""),
    fields: fieldsOf(schema),
    type: isRef(schema) || !schema.allOf ? summariseType(schema) : { text: "object", nullable: false },
  }));
}
