/**
 * The in-memory vacancy side of matching: per skill the vacancies that require it and at which
 * level, plus one typed-array value per vacancy for every other score input. A candidate → vacancies
 * query adds up credit over the postings of the candidate's own skills (a required skill the
 * candidate lacks adds nothing), then scores best skill bucket first, like CandidateIndex.
 */
import type { MatchCodebook } from "./codebook";
import { MAX_BIT_CODES } from "./codebook";
import { UNKNOWN_DAY } from "./days";
import { ensureCapacity } from "./growable";
import { isOpenVacancy, type CandidateMatchProfile, type VacancyMatchProfile } from "./profiles";
import type { RankedId, VacancyFilters } from "./ranking";
import {
  MAX_NON_SKILL_POINTS,
  MAX_POINTS,
  SKILL_CREDIT_MAX,
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

/** Skill points for up to this many required skills come from a table. */
const TABLE_REQUIRED = 32;

export class VacancyIndex {
  private readonly slots = new SlotIds();
  private readonly postings = new SkillPostings();
  private capacity = 0;
  private open = new Uint8Array(0);
  private requiredCount = new Uint16Array(0);
  private classBit = new Int8Array(0);
  private area = new Int8Array(0);
  private hours = new Int16Array(0);
  private startDay = new Int32Array(0);
  private credit = new Uint16Array(0);
  private touched = new Int32Array(0);
  private touchedBucket = new Uint8Array(0);
  private order = new Int32Array(0);
  /** pointsTable[n * (12 * TABLE_REQUIRED + 1) + creditSum] = skillsPoints(creditSum, n). */
  private readonly pointsTable: Uint8Array;

  constructor(readonly codebook: MatchCodebook) {
    const width = SKILL_CREDIT_MAX * TABLE_REQUIRED + 1;
    this.pointsTable = new Uint8Array((TABLE_REQUIRED + 1) * width);
    for (let n = 1; n <= TABLE_REQUIRED; n++) {
      for (let sum = 0; sum <= SKILL_CREDIT_MAX * n; sum++) this.pointsTable[n * width + sum] = skillsPoints(sum, n);
    }
  }

  get size(): number {
    return this.slots.size;
  }

  countOpen(): number {
    let count = 0;
    for (let slot = 0; slot < this.slots.size; slot++) count += this.open[slot]!;
    return count;
  }

  upsert(profile: VacancyMatchProfile): void {
    const { slot } = this.slots.slotFor(profile.id);
    this.grow(slot + 1);
    const book = this.codebook;
    const open = isOpenVacancy(profile);
    this.open[slot] = open ? 1 : 0;
    this.requiredCount[slot] = Math.min(profile.skills.length, 65_535);
    this.classBit[slot] = book.classBit(profile.occupationClassCode);
    this.area[slot] = profile.workAreaId === null ? -1 : book.area(profile.workAreaId);
    this.hours[slot] = profile.hoursPerWeek;
    this.startDay[slot] = profile.startDay ?? UNKNOWN_DAY;
    this.postings.set(slot, open ? profile.skills.map((skill) => ({ skillIndex: book.skill(skill.skillCode), level: skill.level })) : []);
  }

  remove(id: string): void {
    const slot = this.slots.slotOf(id);
    if (slot === undefined) return;
    this.open[slot] = 0;
    this.postings.clear(slot);
  }

  /** The best `limit` open vacancies for the candidate, score descending, then id ascending. */
  query(candidate: CandidateMatchProfile, filters: VacancyFilters, today: number, limit: number): RankedId[] {
    if (!candidate.sharesWithPartners || limit <= 0) return [];
    const book = this.codebook;
    const areaFilter = filters.workAreaId === null ? -1 : book.knownArea(filters.workAreaId);
    if (filters.workAreaId !== null && areaFilter < 0) return [];
    const { credit, touched } = this;
    let touchedCount = 0;

    for (const { skillCode, level: candidateLevel } of candidate.skills) {
      if (candidateLevel < 1) continue;
      const skillIndex = book.knownSkill(skillCode);
      const list = skillIndex < 0 ? undefined : this.postings.list(skillIndex);
      if (!list) continue;
      const creditByRequired = new Uint8Array(8);
      for (let level = 1; level < 8; level++) creditByRequired[level] = skillCredit(candidateLevel, level);
      const { slots, levels, length } = list;
      for (let i = 0; i < length; i++) {
        const level = levels[i]!;
        if (level === 0) continue;
        const slot = slots[i]!;
        if (credit[slot] === 0) touched[touchedCount++] = slot;
        credit[slot] = credit[slot]! + creditByRequired[level]!;
      }
    }

    const width = SKILL_CREDIT_MAX * TABLE_REQUIRED + 1;
    const bucketSizes = new Int32Array(MAX_POINTS.skills + 1);
    let kept = 0;
    for (let t = 0; t < touchedCount; t++) {
      const slot = touched[t]!;
      const sum = credit[slot]!;
      credit[slot] = 0;
      if (this.open[slot] === 0) continue;
      if (areaFilter >= 0 && this.area[slot] !== areaFilter) continue;
      const n = this.requiredCount[slot]!;
      const bucket = n <= TABLE_REQUIRED ? this.pointsTable[n * width + sum]! : skillsPoints(sum, n);
      touched[kept] = slot;
      this.touchedBucket[kept++] = bucket;
      bucketSizes[bucket]!++;
    }

    const bucketStart = new Int32Array(MAX_POINTS.skills + 2);
    for (let bucket = MAX_POINTS.skills, at = 0; bucket >= 0; bucket--) {
      bucketStart[bucket] = at;
      at += bucketSizes[bucket]!;
    }
    const next = bucketStart.slice();
    for (let t = 0; t < kept; t++) this.order[next[this.touchedBucket[t]!]!++] = touched[t]!;

    let classes = 0;
    for (const code of candidate.occupationClassCodes) classes |= 1 << book.classBit(code);
    let areas = 0;
    for (const id of candidate.workAreaIds) areas |= 1 << book.area(id);
    const home = candidate.homeWorkAreaId === null ? -1 : book.area(candidate.homeWorkAreaId);
    const wishMin = candidate.hoursPerWeekMin ?? -1;
    const wishMax = candidate.hoursPerWeekMax ?? -1;
    const maxTravel = candidate.maxTravelMinutes ?? -1;
    const availableDay = candidate.availableFromDay ?? UNKNOWN_DAY;
    const werkfit = werkfitPoints(candidate.isWorkReady);
    const top = new TopK(limit, this.slots.idBefore);
    for (let bucket = MAX_POINTS.skills; bucket >= 0; bucket--) {
      if (top.full && bucket + MAX_NON_SKILL_POINTS < top.worstScore) break;
      const end = bucketStart[bucket]! + bucketSizes[bucket]!;
      for (let i = bucketStart[bucket]!; i < end; i++) {
        const slot = this.order[i]!;
        const area = this.area[slot]!;
        const travel = area >= 0 && home >= 0 ? this.codebook.travel[home * MAX_BIT_CODES + area]! : -1;
        const start = this.startDay[slot]!;
        const total =
          bucket +
          occupationPoints(((classes >>> this.classBit[slot]!) & 1) === 1) +
          hoursPoints(this.hours[slot]!, wishMin, wishMax) +
          workAreaPoints(area >= 0 && ((areas >>> area) & 1) === 1, travel, maxTravel) +
          availabilityPoints(availableDay, start === UNKNOWN_DAY ? today : start) +
          werkfit;
        top.offer(slot, total);
      }
    }
    return top.sorted().map(({ slot, score }) => ({ id: this.slots.ids[slot]!, total: score }));
  }

  private grow(needed: number): void {
    if (needed <= this.capacity) return;
    const c = Math.max(needed, this.capacity * 2, 1024);
    this.open = ensureCapacity(this.open, c, Uint8Array);
    this.requiredCount = ensureCapacity(this.requiredCount, c, Uint16Array);
    this.classBit = ensureCapacity(this.classBit, c, Int8Array);
    this.area = ensureCapacity(this.area, c, Int8Array);
    this.hours = ensureCapacity(this.hours, c, Int16Array);
    this.startDay = ensureCapacity(this.startDay, c, Int32Array);
    this.credit = ensureCapacity(this.credit, c, Uint16Array);
    this.touched = ensureCapacity(this.touched, c, Int32Array);
    this.touchedBucket = ensureCapacity(this.touchedBucket, c, Uint8Array);
    this.order = ensureCapacity(this.order, c, Int32Array);
    this.capacity = this.open.length;
  }
}
