/**
 * HINDSIGHT_OFFLINE=false turns the offline copy off (a private deployment whose
 * pages must not stay on laptops): no service worker, no "Save for offline", the
 * offline endpoints answer 404. Read at request time, never baked into the build.
 */
export function offlineEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return !/^(0|false|no|off)$/i.test(env.HINDSIGHT_OFFLINE?.trim() ?? "");
}
