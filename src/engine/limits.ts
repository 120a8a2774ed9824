/** Documented limits (README "Limits"). */
export const LIMITS = {
  /** Ops in one scenario, unless a simulation declares fewer. */
  maxOps: 10_000,
  /** Characters of a permalink's scenario part (after `#`). */
  maxLinkChars: 16_000,
  /** Bytes of a scenario file or stdin for the trace CLI. */
  maxScenarioBytes: 5_000_000,
} as const;
