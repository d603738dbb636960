import { ContextConsumer, createContext, type Context } from '@lit/context';
import type { ReactiveElement } from 'lit';
import type { Clock } from './clock.js';
import type { PlanStoreLike } from './plan-store.js';

/*
 * What a page can give every Preflight element inside it once, instead of on each element: the plan
 * store, the team's rules config and the clock. The keys are strings so that elements from another
 * bundle of this library on the same page find the same provider.
 */
export const storeContext = createContext<PlanStoreLike | undefined>('preflight-store');
export const configContext = createContext<unknown>('preflight-config');
export const clockContext = createContext<Clock | undefined>('preflight-clock');

/**
 * One property of an element that the page may provide (see the contexts above): the value the
 * element was given wins; left unset, the page's value is used, and a change of it updates the element.
 */
export class Provided<T> {
  /** The value set on the element itself (by property or attribute). */
  given: T | undefined;
  private fromPage: T | undefined;

  constructor(host: ReactiveElement, name: PropertyKey, context: Context<unknown, T | undefined>) {
    new ContextConsumer(host, {
      context,
      subscribe: true,
      callback: (value) => {
        const old = this.value;
        this.fromPage = value;
        // Updated as a change of the property, never reflected: the page's value is not the element's attribute.
        host.requestUpdate(name, old, {});
      },
    });
  }

  get value(): T | undefined {
    return this.given ?? this.fromPage;
  }
}
