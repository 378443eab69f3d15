"use client";

import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";

export type BarDatum = { label: string; value: number };

export type BarChartFigureProps = {
  data: BarDatum[];
  /** Appended to the value labels, e.g. "%". */
  valueSuffix?: string;
  /** Width of the category labels in px. */
  labelWidth?: number;
};

const NUMBER = new Intl.NumberFormat("nl-NL");
const BAR_HEIGHT = 34;

/**
 * Horizontal bars with the value printed at each bar. The chart is hidden from assistive technology
 * (aria-hidden, no keyboard layer): the table next to it carries the same figures and is the
 * accessible alternative. Horizontal bars keep long Dutch labels readable on a 320 px screen.
 */
export function BarChartFigure({ data, valueSuffix = "", labelWidth = 130 }: BarChartFigureProps) {
  const height = data.length * BAR_HEIGHT + 24;
  return (
    <div aria-hidden="true" className="mb-4 w-full max-w-3xl">
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: "100%", height }}
        margin={{ top: 0, right: 56, bottom: 0, left: 0 }}
        accessibilityLayer={false}
        barCategoryGap={6}
      >
        <CartesianGrid horizontal={false} stroke="#d1d5db" />
        <XAxis type="number" hide />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          tickLine={false}
          axisLine={{ stroke: "#1a1a1a" }}
          tick={{ fill: "#1a1a1a", fontSize: 14 }}
          interval={0}
        />
        <Bar dataKey="value" fill="#1d3f75" isAnimationActive={false}>
          <LabelList
            dataKey="value"
            position="right"
            fill="#1a1a1a"
            fontSize={14}
            formatter={(value) => (typeof value === "number" ? `${NUMBER.format(value)}${valueSuffix}` : String(value ?? ""))}
          />
        </Bar>
      </BarChart>
    </div>
  );
}
