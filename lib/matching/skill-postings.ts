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

  /** Levels by slot for skills that asked for it (very common skills): a lookup instead of a scan. */
  private dense: (Uint8Array | undefined)[] = [];

  /**
   * The level of every slot for one skill (0 = does not have it), kept up to date from the first call
   * on. Meant for the few skills nearly everyone has, where a lookup per candidate beats a scan.
   */
  denseLevels(skillIndex: number, slotCount: number): Uint8Array {
    let levels = this.dense[skillIndex];
    if (!levels) {
      levels = new Uint8Array(Math.max(1024, slotCount));
      const list = this.lists[skillIndex];
      for (let i = 0; list && i < list.length; i++) if (list.levels[i] !== 0) levels[list.slots[i]!] = list.levels[i]!;
      this.dense[skillIndex] = levels;
    } else if (levels.length < slotCount) {
      levels = this.dense[skillIndex] = ensureCapacity(levels, slotCount, Uint8Array);
    }
    return levels;
  }

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
      const dense = this.dense[skillIndex];
      if (dense) (slot < dense.length ? dense : (this.dense[skillIndex] = ensureCapacity(dense, slot + 1, Uint8Array)))[slot] = clamped;
    }
  }

  /** Takes a slot out of every list it is in. */
  clear(slot: number): void {
    if (slot >= this.count.length) return;
    const from = this.start[slot]!;
    const n = this.count[slot]!;
    for (let i = from; i < from + n; i++) {
      const skillIndex = this.pool[i]! >>> 3;
      this.lists[skillIndex]?.remove(slot);
      const dense = this.dense[skillIndex];
      if (dense && slot < dense.length) dense[slot] = 0;
    }
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
