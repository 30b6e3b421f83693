/**
 * Fetch an image from a host the project allows (drukklaar.yml, remoteImages.allow),
 * with a time limit and a size limit. The only network access a build can make.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag, type Location } from '../diagnostics/errors.js';
import { MAX_IMAGE_BYTES } from './image-safety.js';

const TIMEOUT_MS = 10_000;

/**
 * Fetch one remote image; on failure its diagnostic instead of the bytes.
 * @param url the image's address (already allowed by the project)
 * @param at where the document names the image, for the diagnostic
 */
export async function fetchRemoteImage(url: string, at: Location): Promise<{ bytes?: Buffer; diagnostics: Diagnostic[] }> {
  const fail = (cause: string) => ({ diagnostics: [diag('AssetFetchFailed', { url, cause }, at)] });
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error' });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    return fail(err.name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : (err.cause?.code ?? err.message));
  }
  if (!res.ok) return fail(`HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > MAX_IMAGE_BYTES) return fail(`it is ${(declared / 1e6).toFixed(1)} MB (the limit is ${MAX_IMAGE_BYTES / 1e6} MB)`);
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.length > MAX_IMAGE_BYTES) return fail(`it is ${(bytes.length / 1e6).toFixed(1)} MB (the limit is ${MAX_IMAGE_BYTES / 1e6} MB)`);
  return { bytes, diagnostics: [] };
}
