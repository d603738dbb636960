import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * A form that stays closed until asked for, as every element's forms do: opening one (by a key: `new`, a
 * record's id) clears its errors and moves the focus into it; closing it, by Cancel, Escape or a save,
 * returns the focus to what opened it. One form of a kind is open at a time.
 */
export class FormDisclosure<Field extends string> implements ReactiveController {
  /** The open form's key, or undefined when it is closed. */
  key: string | undefined;
  /** The problems the last submit found, by field. */
  errors: Partial<Record<Field, string>> = {};

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  isOpen(key?: string): boolean {
    return key === undefined ? this.key !== undefined : this.key === key;
  }

  /** Opens the form with this key and focuses the element `focus` selects once it is drawn. */
  async open(key: string, focus: string): Promise<void> {
    this.key = key;
    this.errors = {};
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  /** Closes the form and focuses the element `focus` selects (what opened it). */
  async close(focus: string): Promise<void> {
    this.key = undefined;
    this.errors = {};
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  /** Opens the form, or closes it when this key's form is the one open. */
  toggle(key: string, focusOnOpen: string, focusOnClose: string): Promise<void> {
    return this.isOpen(key) ? this.close(focusOnClose) : this.open(key, focusOnOpen);
  }

  /** Shows the problems found; the host draws them under their fields. */
  refuse(errors: Partial<Record<Field, string>>): void {
    this.errors = errors;
    this.host.requestUpdate();
  }
}
