/** How long since `since`, in the largest whole unit: "just now", "12 minutes", "5 hours", "3 days". */
export function waited(since: Date, now: Date = new Date()): string {
  const minutes = Math.floor((now.getTime() - since.getTime()) / 60_000);
  if (minutes < 1) return "just now";
  const units: Array<[number, string]> = [
    [60 * 24, "day"],
    [60, "hour"],
    [1, "minute"],
  ];
  const [size, name] = units.find(([size]) => minutes >= size)!;
  const count = Math.floor(minutes / size);
  return `${count} ${name}${count === 1 ? "" : "s"}`;
}
