import { PreflightMetrics } from '../metrics/metrics.js';

if (!customElements.get('preflight-metrics')) customElements.define('preflight-metrics', PreflightMetrics);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-metrics': PreflightMetrics;
  }
}

export { PreflightMetrics };
