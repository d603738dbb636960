/**
 * In a bench page (bundled by `bundlePage`): times an element's first render of a plan to the next
 * paint, and one edit to the next paint, over several fresh elements. The first run pays for compiling
 * the templates; read the median of the rest.
 */
export const paint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export interface RenderRuns {
  render: number[];
  edit: number[];
  /**
   * The same edit's own work before its paint: script (the event, the element's update), then style and
   * layout forced at once, without waiting for the frame. Paint and compositing are not in it.
   */
  editWork: number[];
}

interface Options<E extends HTMLElement> {
  tag: string;
  /** Sets the element's inputs (its plan last), before it is put in the page. */
  setUp(el: E): void;
  /**
   * Whether the first render shows what is on screen, checked after each paint (a long list draws the rows
   * on screen first, then the rest a chunk a frame): the render figure runs to the paint where it does.
   */
  shown?(el: E): boolean;
  /** Anything to do before the edit that is not timed (focus a control). */
  beforeEdit?(el: E): Promise<void> | void;
  /** The edit: starts the timed interaction. */
  edit(el: E): void;
  /** Throws when the edit did not happen, so a broken bench is not a fast one. */
  check(el: E): void;
  runs?: number;
}

export async function renderRuns<E extends HTMLElement & { updateComplete: Promise<unknown> }>({ tag, setUp, shown, beforeEdit, edit, check, runs = 9 }: Options<E>): Promise<RenderRuns> {
  const out: RenderRuns = { render: [], edit: [], editWork: [] };
  for (let run = 0; run < runs; run++) {
    const el = document.createElement(tag) as E;
    await paint();
    let t = performance.now();
    setUp(el);
    document.body.append(el);
    await el.updateComplete;
    await paint();
    while (shown && !shown(el)) await paint();
    out.render.push(performance.now() - t);
    await beforeEdit?.(el);
    await paint();
    t = performance.now();
    edit(el);
    await el.updateComplete;
    // Reading a box forces style and layout of the whole document, shadow roots included.
    void document.body.offsetHeight;
    out.editWork.push(performance.now() - t);
    // The edit shows already: its work figure is not cut short by an update still to come.
    check(el);
    await paint();
    out.edit.push(performance.now() - t);
    el.remove();
  }
  return out;
}

/**
 * The floor under "one edit to the next paint" in this page: a change to one text node, timed the same
 * way (from just after a paint to the next). An edit cannot paint sooner than the frame the page waits
 * for, however little it does; an element's edit figure is read beside this one.
 */
export async function editFloor(runs = 9): Promise<number[]> {
  const node = document.body.appendChild(document.createElement('p'));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await paint();
    const t = performance.now();
    node.textContent = `edit ${run}`;
    await paint();
    times.push(performance.now() - t);
  }
  node.remove();
  return times;
}
