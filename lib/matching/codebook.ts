/**
 * Small integer codes for the strings the index compares (skills, occupation classes, work areas),
 * plus the travel-time matrix on area codes. Shared by the candidate and the vacancy index.
 */
import { travelKey, type TravelTimes } from "./score-match";

/** Occupation classes and work areas are bits in a 32-bit word. */
export const MAX_BIT_CODES = 32;

export class MatchCodebook {
  private readonly skills = new Map<string, number>();
  private readonly classes = new Map<string, number>();
  private readonly areas = new Map<string, number>();
  private readonly areaIds: string[] = [];
  /** minutes[from * 32 + to], -1 when unknown. */
  readonly travel = new Int32Array(MAX_BIT_CODES * MAX_BIT_CODES).fill(-1);

  get skillCount(): number {
    return this.skills.size;
  }

  /** The code of a skill; new skills get the next code. */
  skill(code: string): number {
    let index = this.skills.get(code);
    if (index === undefined) {
      index = this.skills.size;
      this.skills.set(code, index);
    }
    return index;
  }

  /** The code of a skill, or -1 when no profile in the index has it. */
  knownSkill(code: string): number {
    return this.skills.get(code) ?? -1;
  }

  /** The bit number (0–31) of an occupation class. */
  classBit(code: string): number {
    return bitCode(this.classes, code, "beroepsklassen");
  }

  /** The code of a work area, or -1 when no profile in the index mentions it. */
  knownArea(workAreaId: string): number {
    return this.areas.get(workAreaId) ?? -1;
  }

  /** The code (0–31) of a work area. */
  area(workAreaId: string): number {
    const before = this.areas.size;
    const index = bitCode(this.areas, workAreaId, "werkgebieden");
    if (this.areas.size > before) this.areaIds.push(workAreaId);
    return index;
  }

  setTravelTimes(travelTimes: TravelTimes, workAreaIds: readonly string[]): void {
    for (const id of workAreaIds) this.area(id);
    this.travel.fill(-1);
    for (const from of this.areaIds) {
      for (const to of this.areaIds) {
        const minutes = travelTimes.get(travelKey(from, to));
        if (minutes !== undefined) this.travel[this.area(from) * MAX_BIT_CODES + this.area(to)] = minutes;
      }
    }
  }
}

function bitCode(map: Map<string, number>, key: string, what: string): number {
  let index = map.get(key);
  if (index === undefined) {
    if (map.size >= MAX_BIT_CODES) throw new Error(`Matching ondersteunt hoogstens ${MAX_BIT_CODES} ${what}.`);
    index = map.size;
    map.set(key, index);
  }
  return index;
}
