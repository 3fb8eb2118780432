// Time bounds in tests are on this process's CPU time, not the clock: the suite runs beside other
// test files (and, in CI, other jobs) on two cores, where the clock measures the machine's load.
// What these bounds catch — a loop that never ends, work that grows with the square of its input —
// costs minutes of CPU, far past them. (vitest runs each test file in a process of its own: the
// default `forks` pool, vitest.config.ts.)

/** This process's CPU time so far, in ms (every thread of it, user and system). */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
