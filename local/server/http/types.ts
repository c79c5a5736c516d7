import type { MetadataMode } from './errors';
import type { PathSegment } from './path';
import type { LocalUser } from '../api/users';

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
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body?: string | Buffer;
}
