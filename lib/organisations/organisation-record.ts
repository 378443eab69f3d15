import type { OrganisationLocation } from "./resolve-municipality";

type OrganisationFields = { kvkNumber: string; legalName: string; street: string; houseNumber: string; postcode: string; city: string };

/** The Organisation row a registration creates, whoever registers it (E1, or an accountmanager on behalf). */
export function organisationRecord(fields: OrganisationFields, location: OrganisationLocation, ownerId: string) {
  const { kvkNumber, legalName, street, houseNumber, postcode, city } = fields;
  return { kvkNumber, legalName, street, houseNumber, postcode, city, ...location, ownerId };
}
