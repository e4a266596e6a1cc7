// The one logger of the app: one JSON object per line, errors and warnings on stderr, the rest on stdout, so any log
// collector can parse it and an operator can grep it. Each line carries the request's context (./request-context.ts)
// when there is one: an operator reading a failed request finds its id, route, method, user id and the stack.
//
// Never a password or token: lines hold ids, routes and errors only, never request bodies, headers or cookies;
// fields whose names say secret are dropped, and `key: "value"` pairs with such names are blanked inside error
// messages and stacks (Prisma, for one, quotes a failed query's arguments in its message).
import { currentRequestContext, type RequestContext } from "./request-context";

type Level = "info" | "warn" | "error";

type Scalar = string | number | boolean | null | undefined;

/** The context fields, an `error` (serialized with its stack) and any other scalar the line should carry. */
type LogFields = Partial<RequestContext> & { error?: unknown; [field: string]: unknown };

export type Logger = {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that keeps the current request context and `fields`: for work that outlives the handler (streams). */
  child(fields?: LogFields): Logger;
};

const SECRET_NAME = /pass(word|phrase)?|token|secret|cookie|authori[sz]ation|credential|session[-_]?id|\bsid\b/i;
const SECRET_PAIR =
  /(["']?[\w-]*(?:pass(?:word|phrase)?|token|secret|cookie|authori[sz]ation|credential)[\w-]*["']?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s,;}]+)/gi;

function redact(text: string): string {
  return text.replace(SECRET_PAIR, '$1"[redacted]"');
}

function serializeError(error: unknown, depth = 0): Record<string, Scalar | object> {
  if (!(error instanceof Error)) return { name: "NonError", message: redact(String(error)) };
  const serialized: Record<string, Scalar | object> = {
    name: error.name,
    message: redact(error.message),
    stack: error.stack ? redact(error.stack) : undefined,
  };
  // React and Next tag errors with a digest: the reference shown to a user, which an operator can grep for.
  if ("digest" in error && typeof error.digest === "string") serialized.digest = error.digest;
  if (error.cause !== undefined && depth < 2) serialized.cause = serializeError(error.cause, depth + 1);
  return serialized;
}

function scalarFields(fields: LogFields): Record<string, Scalar> {
  const kept: Record<string, Scalar> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (name === "error" || SECRET_NAME.test(name)) continue;
    if (value === null || ["string", "number", "boolean"].includes(typeof value)) {
      kept[name] = typeof value === "string" ? redact(value) : (value as Scalar);
    }
  }
  return kept;
}

/** One line as it is written (exported for the tests of what a line may contain). */
function formatLine(level: Level, msg: string, fields: LogFields): string {
  const { error, ...rest } = fields;
  const line = {
    time: new Date().toISOString(),
    level,
    msg: redact(msg),
    ...scalarFields(rest),
    ...(error === undefined ? {} : { error: serializeError(error) }),
  };
  return `${JSON.stringify(line)}\n`;
}

function createLogger(bound: LogFields | null): Logger {
  const write = (level: Level, msg: string, fields: LogFields = {}) => {
    const context = bound ?? currentRequestContext() ?? {};
    const text = formatLine(level, msg, { ...context, ...fields });
    (level === "info" ? process.stdout : process.stderr).write(text);
  };
  return {
    info: (msg, fields) => write("info", msg, fields),
    warn: (msg, fields) => write("warn", msg, fields),
    error: (msg, fields) => write("error", msg, fields),
    child: (fields = {}) => createLogger({ ...(bound ?? currentRequestContext() ?? {}), ...fields }),
  };
}

export const logger: Logger = createLogger(null);
