/** One measured figure beside its budget. Bench files print these; scripts/bench.mjs collects them. */
export interface Measurement {
  name: string;
  value: number;
  unit: string;
  budget: number;
  /** Budgets are ceilings unless said otherwise. */
  higherIsBetter?: boolean;
}

export function report(m: Measurement): void {
  console.log(`BENCH ${JSON.stringify(m)}`);
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}
