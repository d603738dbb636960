/**
 * Wraps the browser's real IndexedDB so a test can make writes fail the way disks do, while
 * everything else runs on the real database.
 */
export interface Faults {
  /** How many of the next object-store writes (put or delete) fail. */
  failWrites: number;
  /** quota: the write throws QuotaExceededError; abort: it is issued, then the transaction aborts mid-way. */
  kind: 'quota' | 'abort';
  /** When set, every write is noted here as `store:put` or `store:delete`. */
  log?: string[];
}

type Overrides = Record<PropertyKey, (target: never) => unknown>;

/** A proxy whose methods run on the real object (IDB methods refuse a proxy as `this`), with some properties replaced. */
function around<T extends object>(target: T, overrides: Overrides): T {
  return new Proxy(target, {
    get(t, prop) {
      if (prop in overrides) return overrides[prop]!(t as never);
      const value: unknown = Reflect.get(t, prop, t);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
    set: (t, prop, value) => Reflect.set(t, prop, value, t),
  });
}

export function faultyFactory(real: IDBFactory, faults: Faults): IDBFactory {
  const failing =
    <A extends unknown[]>(write: (...args: A) => IDBRequest, tx: IDBTransaction, what: string) =>
    (...args: A): IDBRequest => {
      faults.log?.push(what);
      if (faults.failWrites <= 0) return write(...args);
      faults.failWrites--;
      if (faults.kind === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      const request = write(...args);
      tx.abort();
      return request;
    };
  const store = (s: IDBObjectStore, tx: IDBTransaction) =>
    around(s, {
      put: (t: IDBObjectStore) => failing((value: unknown, key?: IDBValidKey) => t.put(value, key), tx, `${t.name}:put`),
      delete: (t: IDBObjectStore) => failing((key: IDBValidKey | IDBKeyRange) => t.delete(key), tx, `${t.name}:delete`),
    });
  const transaction = (tx: IDBTransaction) => around(tx, { objectStore: (t: IDBTransaction) => (name: string) => store(t.objectStore(name), t) });
  const database = (db: IDBDatabase) =>
    around(db, { transaction: (d: IDBDatabase) => (...args: Parameters<IDBDatabase['transaction']>) => transaction(d.transaction(...args)) });
  return around(real, {
    open: (f: IDBFactory) => (name: string, version?: number) => {
      const request = f.open(name, version);
      let wrapped: IDBDatabase | undefined;
      return around(request, { result: (r: IDBOpenDBRequest) => (wrapped ??= database(r.result)) });
    },
  });
}

/** An IndexedDB that refuses to open, as in a third-party iframe with storage blocked. */
export const blockedStorage = {
  open() {
    throw new DOMException('Access to storage is not allowed from this context.', 'SecurityError');
  },
} as unknown as IDBFactory;
