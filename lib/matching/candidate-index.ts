/**
 * The in-memory candidate side of matching: posting lists per skill plus one typed-array value per
 * candidate for every other score input. A vacancy → candidates query adds up skill credit over the
 * postings of the required skills only, then scores the touched candidates best skill bucket first
 * and stops once no remaining candidate can reach the current top k. Same part functions as the
 * explainable scorer, so the totals are identical.
 */
import type { MatchCodebook } from "./codebook";
import { MAX_BIT_CODES } from "./codebook";
import { UNKNOWN_DAY } from "./days";
import { ensureCapacity } from "./growable";
import type { CandidateMatchProfile, VacancyMatchProfile } from "./profiles";
import type { CandidateFilters, RankedId } from "./ranking";
import {
  MAX_NON_SKILL_POINTS,
  MAX_POINTS,
  availabilityPoints,
  hoursPoints,
  occupationPoints,
  skillCredit,
  skillsPoints,
  werkfitPoints,
  workAreaPoints,
} from "./score-parts";
import { SkillPostings } from "./skill-postings";
import { SlotIds } from "./slot-ids";
import { TopK } from "./top-k";

/** A posting list longer than this (and than 1/8 of all candidates) counts as a common skill. */
const COMMON_LIST_MIN = 4096;

type Scoring = {
  pointsByCredit: Uint8Array;
  workReadyOnly: boolean;
  availableBy: number | null;
  areaFilter: number;
  classBit: number;
  vacancyArea: number;
  referenceDay: number;
  hours: number;
};

export class CandidateIndex {
  private readonly slots = new SlotIds();
  private readonly postings = new SkillPostings();
  private capacity = 0;
  private eligible = new Uint8Array(0);
  private classBits = new Uint32Array(0);
  private areaBits = new Uint32Array(0);
  private homeArea = new Int8Array(0);
  private hoursMin = new Int16Array(0);
  private hoursMax = new Int16Array(0);
  private maxTravel = new Int32Array(0);
  private availableDay = new Int32Array(0);
  private workReady = new Uint8Array(0);
  // Scratch space for queries (queries run synchronously, one at a time per process).
  private credit = new Uint16Array(0);
  private touched = new Int32Array(0);
  private touchedBucket = new Uint8Array(0);
  private order = new Int32Array(0);
  private seen = new Uint32Array(0);
  private generation = 0;
  /** How much the last query touched (for the bench's figures). */
  lastQuery = { lists: 0, commonLists: 0, touched: 0, commonOnlyTouched: -1 };

  /** `commonListMin`: tests lower it to exercise the common-skill path on small data. */
  constructor(
    readonly codebook: MatchCodebook,
    private readonly options: { commonListMin?: number } = {},
  ) {}

  /** Candidates in the index (including ineligible ones). */
  get size(): number {
    return this.slots.size;
  }

  /** Candidates matching may currently list. */
  countEligible(): number {
    let count = 0;
    for (let slot = 0; slot < this.slots.size; slot++) count += this.eligible[slot]!;
    return count;
  }

  upsert(profile: CandidateMatchProfile): void {
    const { slot } = this.slots.slotFor(profile.id);
    this.grow(slot + 1);
    const book = this.codebook;
    this.eligible[slot] = profile.sharesWithPartners ? 1 : 0;
    let classes = 0;
    for (const code of profile.occupationClassCodes) classes |= 1 << book.classBit(code);
    this.classBits[slot] = classes >>> 0;
    let areas = 0;
    for (const id of profile.workAreaIds) areas |= 1 << book.area(id);
    this.areaBits[slot] = areas >>> 0;
    this.homeArea[slot] = profile.homeWorkAreaId === null ? -1 : book.area(profile.homeWorkAreaId);
    this.hoursMin[slot] = profile.hoursPerWeekMin ?? -1;
    this.hoursMax[slot] = profile.hoursPerWeekMax ?? -1;
    this.maxTravel[slot] = profile.maxTravelMinutes ?? -1;
    this.availableDay[slot] = profile.availableFromDay ?? UNKNOWN_DAY;
    this.workReady[slot] = profile.isWorkReady ? 1 : 0;
    this.postings.set(
      slot,
      profile.sharesWithPartners ? profile.skills.map((skill) => ({ skillIndex: book.skill(skill.skillCode), level: skill.level })) : [],
    );
  }

  /** A candidate that no longer exists (or may no longer be read) drops out of every ranking. */
  remove(id: string): void {
    const slot = this.slots.slotOf(id);
    if (slot === undefined) return;
    this.eligible[slot] = 0;
    this.postings.clear(slot);
  }

  /**
   * The best `limit` eligible candidates for the vacancy, score descending, then id ascending.
   * Very common skills (Dutch, digital skills) would touch nearly every candidate, so their posting
   * lists only add credit to candidates a rarer required skill already touched; candidates who have
   * only common skills are scored afterwards, and skipped when even their best possible total stays
   * below the current top k (the "max-score" idea from text retrieval).
   */
  query(vacancy: VacancyMatchProfile, filters: CandidateFilters, today: number, limit: number): RankedId[] {
    const n = vacancy.skills.length;
    if (n === 0 || limit <= 0) return [];
    const book = this.codebook;
    const areaFilter = filters.workAreaId === null ? -1 : book.knownArea(filters.workAreaId);
    if (filters.workAreaId !== null && areaFilter < 0) return [];

    const lists: { skillIndex: number; slots: Int32Array; levels: Uint8Array; length: number; creditByLevel: Uint8Array }[] = [];
    for (const { skillCode, level: requiredLevel } of vacancy.skills) {
      const skillIndex = book.knownSkill(skillCode);
      const list = skillIndex < 0 ? undefined : this.postings.list(skillIndex);
      if (!list || list.length === 0) continue;
      const creditByLevel = new Uint8Array(8);
      for (let level = 1; level < 8; level++) creditByLevel[level] = skillCredit(level, requiredLevel);
      lists.push({ skillIndex, slots: list.slots, levels: list.levels, length: list.length, creditByLevel });
    }
    lists.sort((a, b) => a.length - b.length);
    const commonLength = Math.max(this.options.commonListMin ?? COMMON_LIST_MIN, this.slots.size >> 3);
    let split = lists.findIndex((list) => list.length > commonLength);
    if (split < 0) split = lists.length;
    if (split === 0) split = Math.min(1, lists.length);

    const generation = this.nextGeneration();
    const { credit, touched, seen } = this;
    let touchedCount = 0;
    for (let l = 0; l < split; l++) {
      const { slots, levels, length, creditByLevel } = lists[l]!;
      for (let i = 0; i < length; i++) {
        const level = levels[i]!;
        if (level === 0) continue;
        const slot = slots[i]!;
        if (credit[slot] === 0) {
          touched[touchedCount++] = slot;
          seen[slot] = generation;
        }
        credit[slot] = credit[slot]! + creditByLevel[level]!;
      }
    }
    // Common skills: look up the level of each candidate touched so far instead of scanning the list.
    for (let l = split; l < lists.length; l++) {
      const { skillIndex, creditByLevel } = lists[l]!;
      const dense = this.postings.denseLevels(skillIndex, this.slots.size);
      for (let t = 0; t < touchedCount; t++) {
        const slot = touched[t]!;
        const level = dense[slot]!;
        if (level !== 0) credit[slot] = credit[slot]! + creditByLevel[level]!;
      }
    }

    const pointsByCredit = new Uint8Array(12 * n + 1);
    for (let sum = 0; sum < pointsByCredit.length; sum++) pointsByCredit[sum] = skillsPoints(sum, n);
    const scoring: Scoring = {
      pointsByCredit,
      workReadyOnly: filters.workReadyOnly,
      availableBy: filters.availableByDay,
      areaFilter,
      classBit: book.classBit(vacancy.occupationClassCode),
      vacancyArea: vacancy.workAreaId === null ? -1 : book.area(vacancy.workAreaId),
      referenceDay: vacancy.startDay ?? today,
      hours: vacancy.hoursPerWeek,
    };
    const top = new TopK(limit, this.slots.idBefore);
    this.lastQuery = { lists: lists.length, commonLists: lists.length - split, touched: touchedCount, commonOnlyTouched: -1 };
    this.scoreTouched(touchedCount, scoring, top);

    if (split < lists.length) {
      const bestCommonOnly = pointsByCredit[Math.min(12 * (lists.length - split), 12 * n)]! + MAX_NON_SKILL_POINTS;
      if (!top.full || bestCommonOnly >= top.worstScore) {
        touchedCount = 0;
        for (let l = split; l < lists.length; l++) {
          const { slots, levels, length, creditByLevel } = lists[l]!;
          for (let i = 0; i < length; i++) {
            const level = levels[i]!;
            if (level === 0) continue;
            const slot = slots[i]!;
            if (seen[slot] === generation) continue;
            if (credit[slot] === 0) touched[touchedCount++] = slot;
            credit[slot] = credit[slot]! + creditByLevel[level]!;
          }
        }
        this.lastQuery.commonOnlyTouched = touchedCount;
        this.scoreTouched(touchedCount, scoring, top);
      }
    }
    return top.sorted().map(({ slot, score }) => ({ id: this.slots.ids[slot]!, total: score }));
  }

  /** Filters the touched candidates, resets their credit, and offers them to `top` best skill bucket first. */
  private scoreTouched(touchedCount: number, scoring: Scoring, top: TopK): void {
    const { credit, touched, touchedBucket, order } = this;
    const { pointsByCredit, workReadyOnly, availableBy, areaFilter, classBit, vacancyArea, referenceDay, hours } = scoring;
    const bucketSizes = new Int32Array(MAX_POINTS.skills + 1);
    let kept = 0;
    for (let t = 0; t < touchedCount; t++) {
      const slot = touched[t]!;
      const sum = credit[slot]!;
      credit[slot] = 0;
      if (this.eligible[slot] === 0) continue;
      if (workReadyOnly && this.workReady[slot] === 0) continue;
      if (availableBy !== null && (this.availableDay[slot] === UNKNOWN_DAY || this.availableDay[slot]! > availableBy)) continue;
      if (areaFilter >= 0 && ((this.areaBits[slot]! >>> areaFilter) & 1) === 0) continue;
      const bucket = pointsByCredit[sum]!;
      touched[kept] = slot;
      touchedBucket[kept++] = bucket;
      bucketSizes[bucket]!++;
    }

    // Counting sort by skill points, highest bucket first.
    const bucketStart = new Int32Array(MAX_POINTS.skills + 2);
    for (let bucket = MAX_POINTS.skills, at = 0; bucket >= 0; bucket--) {
      bucketStart[bucket] = at;
      at += bucketSizes[bucket]!;
    }
    const next = bucketStart.slice();
    for (let t = 0; t < kept; t++) order[next[touchedBucket[t]!]!++] = touched[t]!;

    for (let bucket = MAX_POINTS.skills; bucket >= 0; bucket--) {
      if (top.full && bucket + MAX_NON_SKILL_POINTS < top.worstScore) break;
      const end = bucketStart[bucket]! + bucketSizes[bucket]!;
      for (let i = bucketStart[bucket]!; i < end; i++) {
        const slot = order[i]!;
        const home = this.homeArea[slot]!;
        const travel = vacancyArea >= 0 && home >= 0 ? this.travel(home, vacancyArea) : -1;
        const total =
          bucket +
          occupationPoints(((this.classBits[slot]! >>> classBit) & 1) === 1) +
          hoursPoints(hours, this.hoursMin[slot]!, this.hoursMax[slot]!) +
          workAreaPoints(vacancyArea >= 0 && ((this.areaBits[slot]! >>> vacancyArea) & 1) === 1, travel, this.maxTravel[slot]!) +
          availabilityPoints(this.availableDay[slot]!, referenceDay) +
          werkfitPoints(this.workReady[slot] === 1);
        top.offer(slot, total);
      }
    }
  }

  /** A fresh marker value for `seen` (cleared when the counter wraps). */
  private nextGeneration(): number {
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.seen.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }

  private travel(from: number, to: number): number {
    return this.codebook.travel[from * MAX_BIT_CODES + to]!;
  }

  private grow(needed: number): void {
    if (needed <= this.capacity) return;
    const c = Math.max(needed, this.capacity * 2, 1024);
    this.eligible = ensureCapacity(this.eligible, c, Uint8Array);
    this.classBits = ensureCapacity(this.classBits, c, Uint32Array);
    this.areaBits = ensureCapacity(this.areaBits, c, Uint32Array);
    this.homeArea = ensureCapacity(this.homeArea, c, Int8Array);
    this.hoursMin = ensureCapacity(this.hoursMin, c, Int16Array);
    this.hoursMax = ensureCapacity(this.hoursMax, c, Int16Array);
    this.maxTravel = ensureCapacity(this.maxTravel, c, Int32Array);
    this.availableDay = ensureCapacity(this.availableDay, c, Int32Array);
    this.workReady = ensureCapacity(this.workReady, c, Uint8Array);
    this.credit = ensureCapacity(this.credit, c, Uint16Array);
    this.touched = ensureCapacity(this.touched, c, Int32Array);
    this.touchedBucket = ensureCapacity(this.touchedBucket, c, Uint8Array);
    this.order = ensureCapacity(this.order, c, Int32Array);
    this.seen = ensureCapacity(this.seen, c, Uint32Array);
    this.capacity = this.eligible.length;
  }
}
