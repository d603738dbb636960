export { computeMetrics, type Metrics, type MetricsOptions, type SprintCount } from './compute.js';
