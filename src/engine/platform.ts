import { PLATFORMS, type Platform } from "../types.js";

const ALIASES: Record<string, Platform> = { twitter: "x", "x.com": "x", ig: "instagram", fb: "facebook", li: "linkedin" };

/** A platform name from config or front matter, or null if it is not one. `twitter` means `x`. */
export function normalisePlatform(value: unknown): Platform | null {
  if (typeof value !== "string") return null;
  const v = value.trim().toLowerCase();
  if ((PLATFORMS as readonly string[]).includes(v)) return v as Platform;
  return ALIASES[v] ?? null;
}
