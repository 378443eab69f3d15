"use client";

import { EventForm } from "./event-form";

/** A new event; on success the organiser goes to its registrations page. */
export function CreateEventForm() {
  return <EventForm labelledBy="evenement-maken" />;
}
