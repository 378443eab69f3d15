/** Own page: status, turn on or off, new recovery codes. */
export const SECOND_FACTOR_PAGE_PATH = "/account/tweestapsverificatie";
/** Where a professional without a second factor is sent after the password, until enrolled. */
export const SECOND_FACTOR_ENROLMENT_PATH = "/account/tweestapsverificatie/instellen";
