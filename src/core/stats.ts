// Summary statistics of a tensor's values, as every face shows them (the engine's summaries of drawn values,
// a checkpoint's stored tensors): the plain record, and the closing step of a shifted-moments pass that both
// producers run over their own data layouts (one typed array, or fixed-size chunks). Pure arithmetic.

export interface TensorStats {
  min: number;
  max: number;
  mean: number;
  std: number;
  zeros: number;
  nan: number;
  inf: number;
}

/**
 * Mean and population std of `finite` values from their sums about a shift `k` (`s1` = Σ(v−k), `s2` = Σ(v−k)²):
 * moments about a value near the data lose no precision to cancellation. NaN for both when there are none.
 */
export function shiftedMoments(finite: number, k: number, s1: number, s2: number): { mean: number; std: number } {
  if (!finite) return { mean: NaN, std: NaN };
  const m1 = s1 / finite;
  return { mean: k + m1, std: Math.sqrt(Math.max(0, s2 / finite - m1 * m1)) };
}
