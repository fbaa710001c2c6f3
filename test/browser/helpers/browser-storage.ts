// Everywhere a page can keep data across visits. The kit promises to write to none of them.
export interface StorageSnapshot {
  localStorage: string[];
  sessionStorage: string[];
  cookie: string;
  /** IndexedDB databases by name. */
  indexedDB: string[];
  /** Cache Storage caches by name (empty where the page has no `caches`). */
  caches: string[];
}

export async function storageSnapshot(): Promise<StorageSnapshot> {
  const databases = await indexedDB.databases();
  return {
    localStorage: Object.keys(localStorage).sort(),
    sessionStorage: Object.keys(sessionStorage).sort(),
    cookie: document.cookie,
    indexedDB: databases.map((database) => database.name ?? '').sort(),
    caches: 'caches' in window ? (await caches.keys()).sort() : [],
  };
}
