/** The production build the browser tests and `npm start` serve; skipped when the sources did not change. */
import { buildIfNeeded } from "./lib/build-if-needed";

const { built, seconds } = buildIfNeeded();
console.log(built ? `Productiebuild klaar in ${Math.round(seconds)} s.` : "Productiebuild is actueel.");
