-- Reference data that stays current (issue 14 O4): partners can be switched off, teams become rows of their
-- partner (a routing rule names its team by partner and name; a rename cascades to the rules), skills can be
-- retired (labels unique per kind, case-insensitively, is checked by the app under an advisory lock).
ALTER TABLE "PartnerOrganisation" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;

ALTER TABLE "Skill" ADD COLUMN "retiredAt" TIMESTAMP(3);

CREATE TABLE "PartnerTeam" (
    "id" TEXT NOT NULL,
    "partnerOrganisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerTeam_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "PartnerTeam_partnerOrganisationId_name_key" ON "PartnerTeam"("partnerOrganisationId", "name");

ALTER TABLE "PartnerTeam" ADD CONSTRAINT "PartnerTeam_partnerOrganisationId_fkey" FOREIGN KEY ("partnerOrganisationId") REFERENCES "PartnerOrganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The teams that exist today: the distinct team names of the routing rules and of the help requests,
-- plus the fallback team of the municipality (lib/help-requests/fallback-route.ts).
INSERT INTO "PartnerTeam" ("id", "partnerOrganisationId", "name")
SELECT gen_random_uuid()::text, teams."partnerOrganisationId", teams."team"
FROM (
    SELECT "partnerOrganisationId", "team" FROM "RoutingRule"
    UNION
    SELECT "partnerOrganisationId", "team" FROM "HelpRequest"
    UNION
    SELECT "id", 'Werkcentrum – team Werkzoekenden' FROM "PartnerOrganisation" WHERE "code" = 'GEMEENTE'
) AS teams;

ALTER TABLE "RoutingRule" ADD CONSTRAINT "RoutingRule_partnerOrganisationId_team_fkey" FOREIGN KEY ("partnerOrganisationId", "team") REFERENCES "PartnerTeam"("partnerOrganisationId", "name") ON DELETE RESTRICT ON UPDATE CASCADE;
