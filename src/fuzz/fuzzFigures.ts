/**
 * The figures a fuzz run is judged by besides its failures (none): cases, the longest single call, and the most
 * heap in use seen after a call. Printed only when FUZZ_FIGURES is set (`FUZZ_FIGURES=1 npx jest src/fuzz`).
 */
export function fuzzFigures(name: string) {
  let cases = 0;
  let longest = 0;
  let peak = 0;
  return {
    time<T>(run: () => T): T {
      const start = performance.now();
      const result = run();
      longest = Math.max(longest, performance.now() - start);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      cases++;
      return result;
    },
    report() {
      if (process.env.FUZZ_FIGURES) {
        process.stdout.write(
          `fuzz ${name}: ${cases} cases, longest ${longest.toFixed(1)} ms, peak heap ${(peak / 2 ** 20).toFixed(0)} MiB\n`
        );
      }
    },
  };
}
