/** What a visitor reads while the database cannot be reached (finding 15.9): calm, no blame, when to try again. */
export const UNAVAILABLE_TITLE = "Het portaal is even niet bereikbaar";
export const UNAVAILABLE_BODY =
  "Het portaal kan op dit moment niet bij zijn gegevens. Dat is meestal binnen een paar minuten verholpen. Uw gegevens zijn veilig en u hoeft niets te doen.";
export const UNAVAILABLE_RETRY = "Probeer het over een minuut opnieuw.";
