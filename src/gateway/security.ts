/**
 * What a browser or the open internet must not be able to do: production mode (no introspection,
 * no GraphiQL, no field suggestions, no error details unless asked), CSRF prevention, CORS
 * (same-origin only unless origins are listed); `maxJsonBodyBytes` is enforced by body-limits.ts.
 */
import { isIPv4 } from 'node:net';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { API_KEY_HEADER, API_KEY_ID_HEADER } from '../upstream/credentials.ts';
import { hideFieldSuggestions } from './limits.ts';
import { REQUEST_ID_HEADER } from './request-log.ts';

export interface SecurityOptions {
  /** Production mode: introspection, GraphiQL and field suggestions off, errors without details. */
  production: boolean;
  /** Serve GraphiQL (default: not in production). */
  graphiql: boolean;
  /** Answer introspection queries (default: not in production). */
  introspection: boolean;
  /** Origins allowed to call cross-origin ("*" for any); empty: same-origin only. */
  corsOrigins: string[];
  /** Largest body of a request that is not a multipart upload. */
  maxJsonBodyBytes: number;
}

export function isProductionEnvironment(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

export function defaultSecurityOptions(production = isProductionEnvironment()): SecurityOptions {
  return { production, graphiql: !production, introspection: !production, corsOrigins: [], maxJsonBodyBytes: 1024 * 1024 };
}

/**
 * Headers a browser cannot send without a CORS preflight. A request carrying any of them was
 * preflighted (and so vetted by CORS), which is what CSRF prevention needs to know. Every
 * authenticated request carries credentials in such a header, so our clients need nothing extra;
 * an unauthenticated GET or multipart request needs `x-graphql-yoga-csrf` (or Apollo's header).
 */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight', 'authorization', API_KEY_ID_HEADER, API_KEY_HEADER];

/** Yoga's `cors` option: no CORS headers at all (so browsers keep cross-origin reads out) unless the origin is listed. */
export function corsOption(origins: string[]) {
  const any = origins.includes('*');
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !(any || origins.includes(origin))) return false as const;
    return {
      origin: [origin],
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept', ...CSRF_HEADERS, REQUEST_ID_HEADER],
      exposedHeaders: [REQUEST_ID_HEADER, 'retry-after'],
      // Credentials travel in headers, never in cookies.
      credentials: false,
      maxAge: 600,
    };
  };
}

/**
 * Introspection off. Yoga's useDisableIntrospection decides per HTTP request, so graphql-ws
 * operations (which have none) would still introspect; this rule applies to every operation.
 */
function disableIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/** The plugins that follow from the security options (CORS, GraphiQL and error masking are Yoga options). */
export function securityPlugins(options: SecurityOptions): Plugin[] {
  return [
    useCSRFPrevention({ requestHeaders: CSRF_HEADERS }),
    ...(options.introspection ? [] : [disableIntrospection()]),
    ...(options.production ? [hideFieldSuggestions()] : []),
  ];
}

/** Whether `host` (an interface to listen on, or a peer's address) is loopback only: 127.0.0.0/8, ::1, localhost. */
export function isLoopback(host: string | undefined): boolean {
  if (!host) return false;
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  const v4 = bare.startsWith('::ffff:') ? bare.slice('::ffff:'.length) : bare;
  return isIPv4(v4) && v4.startsWith('127.');
}

/** The host name of a Host header, lowercase, without its port ("[::1]:4000" → "[::1]"); null when absent or malformed. */
export function hostName(hostHeader: string | undefined | null): string | null {
  if (!hostHeader) return null;
  const host = hostHeader.trim().toLowerCase();
  const bracketed = /^(\[[0-9a-f:.]+\])(?::\d+)?$/.exec(host);
  if (bracketed) return bracketed[1]!;
  const named = /^([^:[\]\s/]+)(?::\d+)?$/.exec(host);
  return named ? named[1]! : null;
}

/** Whether a Host header names this machine's loopback: localhost, 127.0.0.0/8 or [::1], with or without a port. */
export function isLoopbackHostHeader(hostHeader: string | undefined | null): boolean {
  const name = hostName(hostHeader);
  return name !== null && isLoopback(name);
}

export interface DemoKeyPrefill {
  /** The key pages may prefill, or null. */
  demoKey: { apiKeyId: string; apiKey: string } | null;
  /** Why, for the start-up log. */
  reason: string;
}

/**
 * GraphiQL's headers and the log viewer hand their prefilled key to anyone who can load the page,
 * with no credentials. So the demo key is prefilled only where nobody else can load it: a gateway
 * listening on loopback only, and not in production. Per request, the page carries it only when
 * the Host header names loopback too (demoKeyForHost), so a DNS-rebound page never gets it.
 */
export function demoKeyPrefill(demoKey: { apiKeyId: string; apiKey: string } | null, host: string, production: boolean): DemoKeyPrefill {
  if (!demoKey) return { demoKey: null, reason: 'no demo key (not the embedded fleet server)' };
  if (production) return { demoKey: null, reason: 'production mode: pages never carry a credential' };
  if (!isLoopback(host)) return { demoKey: null, reason: `listening on ${host}, not loopback only: anyone who can reach the port could read the key` };
  return { demoKey, reason: `listening on loopback only (${host}) and not in production` };
}

/** The key a page served to a request with this Host header may carry: the prefill, only for a loopback Host. */
export function demoKeyForHost(prefill: DemoKeyPrefill, hostHeader: string | undefined | null): DemoKeyPrefill['demoKey'] {
  return prefill.demoKey && isLoopbackHostHeader(hostHeader) ? prefill.demoKey : null;
}
