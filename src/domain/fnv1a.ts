/** 32-bit FNV-1a of a string's UTF-16 code units: fast, stable, not cryptographic. */
export function fnv1a(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
