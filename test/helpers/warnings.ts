/** Captures console.warn while `fn` runs (integrator warnings are part of the behaviour under test). */
export async function captureWarnings(fn: () => void | Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}
