/**
 * Remembers a value per distinct word of many texts, looked up by the word's place in its
 * text and its hash (from `forEachWord`) instead of by a sliced-out string: the index build
 * meets ~20M words at 100k papers, and a string plus a Map lookup per word was most of it.
 * Open addressing, linear probing; a hit is confirmed char by char. Each slot keeps its
 * word's hash beside it (`slotHashes`), so a probe that misses reads no JS array.
 */
export class WordMemo<T> {
  private slots = new Int32Array(1 << 12).fill(-1);
  private slotHashes = new Int32Array(1 << 12);
  private hashes: number[] = [];
  private words: string[] = [];
  private values: T[] = [];

  /** The value remembered for `text[start .. end)` (whose hash is `hash`), or undefined. */
  get(text: string, start: number, end: number, hash: number): T | undefined {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry < 0) return undefined;
      if (this.slotHashes[slot] !== (hash | 0)) continue;
      const word = this.words[entry]!;
      if (word.length !== length) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        if (word.charCodeAt(i) !== text.charCodeAt(start + i)) {
          same = false;
          break;
        }
      }
      if (same) return this.values[entry];
    }
  }

  /** Remembers `value` for `word` (not remembered yet), whose hash is `hash`. */
  set(word: string, hash: number, value: T): void {
    if ((this.words.length + 1) * 2 > this.slots.length) this.grow();
    const entry = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    this.values.push(value);
    this.place(entry);
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[entry]! & mask;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
    this.slotHashes[slot] = this.hashes[entry]!;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.slotHashes = new Int32Array(this.slots.length);
    for (let entry = 0; entry < this.words.length; entry++) this.place(entry);
  }
}
