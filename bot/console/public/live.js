// Live updates: server-sent events from /console/api/events. The browser reconnects by itself after a network
// cut; `onReady` fires on every (re)connection so the page reloads what it may have missed.

export function connectLive({ onEvent, onReady, onReconnecting, onClosed }) {
  const source = new EventSource('/console/api/events');
  source.addEventListener('ready', () => onReady());
  source.addEventListener('message', (event) => {
    let data;
    try { data = JSON.parse(event.data); } catch { return; }
    onEvent(data);
  });
  source.addEventListener('session-ended', () => {
    source.close();
    onClosed();
  });
  source.addEventListener('error', () => {
    if (source.readyState === EventSource.CLOSED) onClosed();
    else onReconnecting();
  });
  return () => source.close();
}
