/**
 * The best k (slot, score) pairs of a stream: a bounded binary heap with the worst kept pair on top,
 * so each new pair costs one comparison unless it beats the worst. "Better" is a higher score, or an
 * equal score and an earlier id (`idBefore`).
 */
export class TopK {
  readonly slots: Int32Array;
  readonly scores: Int32Array;
  size = 0;

  constructor(
    readonly capacity: number,
    private readonly idBefore: (slotA: number, slotB: number) => boolean,
  ) {
    this.slots = new Int32Array(Math.max(1, capacity));
    this.scores = new Int32Array(Math.max(1, capacity));
  }

  get full(): boolean {
    return this.size >= this.capacity;
  }

  /** The score a new pair must reach to have a chance (only meaningful when full). */
  get worstScore(): number {
    return this.scores[0]!;
  }

  /** a is worse than b: lower score, or the same score and a later id. */
  private worse(slotA: number, scoreA: number, slotB: number, scoreB: number): boolean {
    return scoreA < scoreB || (scoreA === scoreB && this.idBefore(slotB, slotA));
  }

  offer(slot: number, score: number): void {
    if (this.capacity <= 0) return;
    if (this.size < this.capacity) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(slot, score, this.slots[parent]!, this.scores[parent]!)) break;
        this.slots[i] = this.slots[parent]!;
        this.scores[i] = this.scores[parent]!;
        i = parent;
      }
      this.slots[i] = slot;
      this.scores[i] = score;
      return;
    }
    if (!this.worse(this.slots[0]!, this.scores[0]!, slot, score)) return;
    this.siftDown(slot, score);
  }

  private siftDown(slot: number, score: number): void {
    const n = this.size;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let child = left;
      if (right < n && this.worse(this.slots[right]!, this.scores[right]!, this.slots[left]!, this.scores[left]!)) child = right;
      if (!this.worse(this.slots[child]!, this.scores[child]!, slot, score)) break;
      this.slots[i] = this.slots[child]!;
      this.scores[i] = this.scores[child]!;
      i = child;
    }
    this.slots[i] = slot;
    this.scores[i] = score;
  }

  /** The kept pairs, best first. */
  sorted(): { slot: number; score: number }[] {
    const items: { slot: number; score: number }[] = [];
    for (let i = 0; i < this.size; i++) items.push({ slot: this.slots[i]!, score: this.scores[i]! });
    return items.sort((a, b) => (a.score !== b.score ? b.score - a.score : this.idBefore(a.slot, b.slot) ? -1 : this.idBefore(b.slot, a.slot) ? 1 : 0));
  }
}
