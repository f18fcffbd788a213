// The two digests of a published file: its Subresource Integrity, and the hash in a content-addressed name.
import { createHash } from 'node:crypto';

/** `sha384-…`: what a `<script integrity>` or `fetch(url, { integrity })` checks. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** 12 hex digits of sha256: a file name per content (cached forever, never stale). */
export const contentHash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);
