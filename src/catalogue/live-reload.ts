/**
 * Live reload for `drukklaar serve`: a server-sent-events endpoint and the small
 * script that listens to it. The script is injected only into served pages, never
 * into the index.html on disk (which must work from file:// with no network).
 */

/** Path of the event stream on the local server. */
export const LIVE_RELOAD_PATH = '/__drukklaar/events';

const SCRIPT = `<script>(function(){if(!window.EventSource)return;var es=new EventSource(${JSON.stringify(LIVE_RELOAD_PATH)});es.addEventListener('reload',function(){location.reload();});})();</script>`;

/** The page with the live-reload script added before </body>. */
export function injectLiveReload(html: string): string {
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + SCRIPT : html.slice(0, at) + SCRIPT + '\n' + html.slice(at);
}
