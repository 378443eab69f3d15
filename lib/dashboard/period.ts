/**
 * A reporting period: a month ("2026-10"), a quarter ("2026-Q3") or a year ("2026"), as written in
 * the URL (`?periode=`). `from` is inclusive, `to` exclusive, both at midnight UTC; `previous` is
 * the period of the same length just before it (for trends).
 */
export type PeriodKind = "month" | "quarter" | "year";
export type Period = { key: string; kind: PeriodKind; from: Date; to: Date; label: string };

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

function build(kind: PeriodKind, year: number, index: number): Period {
  if (kind === "year") {
    return { key: String(year), kind, from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)), label: String(year) };
  }
  if (kind === "quarter") {
    const key = `${year}-Q${index + 1}`;
    return { key, kind, from: new Date(Date.UTC(year, index * 3, 1)), to: new Date(Date.UTC(year, index * 3 + 3, 1)), label: `${index + 1}e kwartaal ${year}` };
  }
  const key = `${year}-${String(index + 1).padStart(2, "0")}`;
  return { key, kind, from: new Date(Date.UTC(year, index, 1)), to: new Date(Date.UTC(year, index + 1, 1)), label: `${MONTHS[index]} ${year}` };
}

/** Parses `2026`, `2026-Q3` or `2026-10`; undefined for anything else. */
export function parsePeriod(value: string | undefined | null): Period | undefined {
  if (!value) return undefined;
  const year = /^(\d{4})$/.exec(value);
  if (year) return build("year", Number(year[1]), 0);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) return build("quarter", Number(quarter[1]), Number(quarter[2]) - 1);
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  if (month) return build("month", Number(month[1]), Number(month[2]) - 1);
  return undefined;
}

export function monthOf(date: Date): Period {
  return build("month", date.getUTCFullYear(), date.getUTCMonth());
}

export function quarterOf(date: Date): Period {
  return build("quarter", date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3));
}

export function yearOf(date: Date): Period {
  return build("year", date.getUTCFullYear(), 0);
}

/** The period of the same kind just before `period`. */
export function previousPeriod(period: Period): Period {
  const before = new Date(period.from.getTime() - 24 * 60 * 60 * 1000);
  if (period.kind === "year") return yearOf(before);
  if (period.kind === "quarter") return quarterOf(before);
  return monthOf(before);
}

/** The dashboard's default: the year that contains `now`. */
export function defaultPeriod(now: Date): Period {
  return yearOf(now);
}

/** Choices for a period select: the last `count` months, quarters and years before/including `now`. */
export function periodChoices(now: Date, count = 12): Period[] {
  const months: Period[] = [];
  const quarters: Period[] = [];
  let month = monthOf(now);
  let quarter = quarterOf(now);
  for (let i = 0; i < count; i++) {
    months.push(month);
    month = previousPeriod(month);
  }
  for (let i = 0; i < 8; i++) {
    quarters.push(quarter);
    quarter = previousPeriod(quarter);
  }
  const year = yearOf(now);
  return [year, previousPeriod(year), previousPeriod(previousPeriod(year)), ...quarters, ...months];
}
