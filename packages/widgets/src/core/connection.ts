// The browser's connection, watched in one place: every part of the kit that reacts to going
// offline or coming back online (resources, elements through ConnectionController) hears the
// window's `offline` and `online` events through this function.

/** Whether the browser says it has no connection. */
export const isOffline = (): boolean => typeof navigator !== 'undefined' && navigator.onLine === false;

/** Calls `listener` at each change (`true`: back online) until the returned function is called. */
export function watchConnection(listener: (online: boolean) => void): () => void {
  const onChange = (event: Event) => listener(event.type === 'online');
  addEventListener('online', onChange);
  addEventListener('offline', onChange);
  return () => {
    removeEventListener('online', onChange);
    removeEventListener('offline', onChange);
  };
}
