/**
 * Slot numbers for record ids. Ids compare as strings for the tie-break; as long as slots were handed
 * out in ascending id order (the initial load reads ordered by id) the slot number is that order, so
 * most comparisons are one integer comparison.
 */
export class SlotIds {
  readonly ids: string[] = [];
  private readonly slotById = new Map<string, number>();
  /** Slots below this were assigned in strictly ascending id order. */
  private sortedPrefix = 0;

  get size(): number {
    return this.ids.length;
  }

  slotOf(id: string): number | undefined {
    return this.slotById.get(id);
  }

  /** The slot of an id, assigning the next one for a new id. */
  slotFor(id: string): { slot: number; created: boolean } {
    const existing = this.slotById.get(id);
    if (existing !== undefined) return { slot: existing, created: false };
    const slot = this.ids.length;
    this.ids.push(id);
    this.slotById.set(id, slot);
    if (slot === this.sortedPrefix && (slot === 0 || this.ids[slot - 1]! < id)) this.sortedPrefix = slot + 1;
    return { slot, created: true };
  }

  /** Whether slot a's id sorts before slot b's id. */
  readonly idBefore = (a: number, b: number): boolean => {
    if (a < this.sortedPrefix && b < this.sortedPrefix) return a < b;
    return this.ids[a]! < this.ids[b]!;
  };
}
