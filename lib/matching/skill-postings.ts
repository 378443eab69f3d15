/**
 * Posting lists per skill code: for every skill, the slots that have it and a level per slot
 * (the candidate's level, or the level a vacancy requires). Also remembers each slot's own skills,
 * so a changed profile can be taken out of exactly the lists it was in. A removed entry keeps its
 * place with level 0 (skipped by queries) until the list is compacted.
 */
import { ensureCapacity } from "./growable";

class PostingList {
  slots = new Int32Array(16);
  levels = new Uint8Array(16);
  length = 0;
  dead = 0;

  push(slot: number, level: number): void {
    if (this.length === this.slots.length) {
      this.slots = ensureCapacity(this.slots, this.length + 1, Int32Array);
      this.levels = ensureCapacity(this.levels, this.length + 1, Uint8Array);
    }
    this.slots[this.length] = slot;
    this.levels[this.length] = level;
    this.length++;
  }

  remove(slot: number): void {
    // Newest entries are the likeliest to change again, so search from the end.
    const at = this.slots.subarray(0, this.length).lastIndexOf(slot);
    if (at < 0 || this.levels[at] === 0) return;
    this.levels[at] = 0;
    this.dead++;
    if (this.dead > 1024 && this.dead * 4 > this.length) this.compact();
  }

  private compact(): void {
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      if (this.levels[i] === 0) continue;
      this.slots[kept] = this.slots[i]!;
      this.levels[kept] = this.levels[i]!;
      kept++;
    }
    this.length = kept;
    this.dead = 0;
  }
}

export class SkillPostings {
  private lists: (PostingList | undefined)[] = [];
  /** Per slot: where its skills start in `pool`, and how many. */
  private start = new Int32Array(1024);
  private count = new Uint8Array(1024);
  /** skillIndex * 8 + level per entry; an update appends, the old range becomes garbage. */
  private pool = new Uint32Array(4096);
  private poolLength = 0;
  private garbage = 0;

  /** The list for a skill code, or undefined when no slot has it. */
  list(skillIndex: number): { slots: Int32Array; levels: Uint8Array; length: number } | undefined {
    return this.lists[skillIndex];
  }

  /** Replaces the skills of a slot; levels must be 1–7 (0 means removed). */
  set(slot: number, skills: readonly { skillIndex: number; level: number }[]): void {
    this.clear(slot);
    if (slot >= this.start.length) {
      this.start = ensureCapacity(this.start, slot + 1, Int32Array);
      this.count = ensureCapacity(this.count, slot + 1, Uint8Array);
    }
    const kept = skills.filter((skill) => skill.level >= 1).slice(0, 255);
    this.pool = ensureCapacity(this.pool, this.poolLength + kept.length, Uint32Array);
    this.start[slot] = this.poolLength;
    this.count[slot] = kept.length;
    for (const { skillIndex, level } of kept) {
      const clamped = Math.min(level, 7);
      this.pool[this.poolLength++] = skillIndex * 8 + clamped;
      (this.lists[skillIndex] ??= new PostingList()).push(slot, clamped);
    }
  }

  /** Takes a slot out of every list it is in. */
  clear(slot: number): void {
    if (slot >= this.count.length) return;
    const from = this.start[slot]!;
    const n = this.count[slot]!;
    for (let i = from; i < from + n; i++) this.lists[this.pool[i]! >>> 3]?.remove(slot);
    this.count[slot] = 0;
    this.garbage += n;
    if (this.garbage > 65_536 && this.garbage * 2 > this.poolLength) this.compactPool();
  }

  private compactPool(): void {
    const pool = new Uint32Array(Math.max(4096, (this.poolLength - this.garbage) * 2));
    let length = 0;
    for (let slot = 0; slot < this.count.length; slot++) {
      const n = this.count[slot]!;
      if (n === 0) continue;
      pool.set(this.pool.subarray(this.start[slot]!, this.start[slot]! + n), length);
      this.start[slot] = length;
      length += n;
    }
    this.pool = pool;
    this.poolLength = length;
    this.garbage = 0;
  }
}
