import { explainScore, explainSkills } from "@/lib/matching/explain";
import type { MatchLabels } from "@/lib/matching/match-reference";
import type { MatchScore } from "@/lib/matching/score-match";

/**
 * Why a result scores as it does: a disclosure per row (works without JavaScript) with every part,
 * its points and maximum, and the matched and missing skills with levels.
 */
export function MatchExplanation({ score, labels, subject }: { score: MatchScore; labels: MatchLabels; subject: string }) {
  const parts = explainScore(score, labels);
  const skills = explainSkills(score, labels);
  return (
    <details className="min-w-64">
      <summary className="cursor-pointer font-semibold text-brand underline underline-offset-2">
        Waarom {score.total} punten<span className="sr-only"> voor {subject}</span>?
      </summary>
      <div className="mt-3 space-y-4">
        <ul className="space-y-2">
          {parts.map((part) => (
            <li key={part.key}>
              <span className="font-semibold">
                {part.label}: {part.points} van {part.max} punten.
              </span>{" "}
              {part.text}
            </li>
          ))}
        </ul>
        <p className="font-semibold">
          Totaal: {score.total} van 100 punten.
        </p>
        {skills.matched.length > 0 ? (
          <div>
            <p className="font-semibold">Vaardigheden die de kandidaat heeft</p>
            <ul className="list-disc pl-6">
              {skills.matched.map((skill) => (
                <li key={skill.label}>
                  {skill.label}: niveau {skill.candidateLevel}, gevraagd {skill.requiredLevel}
                  {skill.enough ? "" : " (lager dan gevraagd)"}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {skills.missing.length > 0 ? (
          <div>
            <p className="font-semibold">Vaardigheden die ontbreken</p>
            <ul className="list-disc pl-6">
              {skills.missing.map((skill) => (
                <li key={skill.label}>
                  {skill.label}: gevraagd niveau {skill.requiredLevel}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </details>
  );
}
