import type { MetadataMode } from './errors';
import type { PathSegment } from './path';
import type { LocalUser } from '../api/users';
import type { ListMeta } from '../store/db';

/** One API call, whether it came over HTTP or as a part of a $batch. */
export interface ApiRequest {
  /** Effective method: X-HTTP-Method (MERGE, DELETE…) wins over the HTTP verb. */
  method: string;
  url: URL;
  /** Absolute site URL, e.g. http://127.0.0.1:4321/sites/council */
  siteUrl: string;
  segments: PathSegment[];
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Buffer;
  user: LocalUser;
  mode: MetadataMode;
  inBatch: boolean;
  /** The acting user's effective permissions on the web, a list, or one item (what the site stores). */
  perms: (list?: ListMeta, itemId?: number) => { High: number; Low: number };
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body?: string | Buffer;
}
