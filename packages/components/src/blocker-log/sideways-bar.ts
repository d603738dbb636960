import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A sideways scrollbar (classic scrollbars, rows wider than the log) takes its height from the rows'
 * scroller: the scroller grows by it, so a log of one row still shows that row whole. The scroller
 * carries the bar's height as `--_sideways-bar`.
 */
export class SidewaysBar implements ReactiveController {
  /**
   * The bar's height as last measured, for the scroller's first render: 0px, what it usually measures,
   * as a custom property set only after the first layout would restyle every row before the first paint.
   */
  height = '0px';

  private readonly observer = new ResizeObserver((entries) => {
    for (const { target } of entries) {
      const body = target as HTMLElement;
      const bar = `${body.offsetHeight - body.clientHeight}px`;
      this.height = bar;
      if (body.style.getPropertyValue('--_sideways-bar') !== bar) body.style.setProperty('--_sideways-bar', bar);
    }
  });

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A `ref` callback for the rows' scroller: watches the one rendered, none once it is gone. */
  readonly watch = (body?: Element): void => {
    this.observer.disconnect();
    if (body) this.observer.observe(body);
  };

  hostDisconnected(): void {
    this.observer.disconnect();
  }
}
