import type { Metadata } from "next";
import Link from "next/link";
import { RequestResetForm } from "./_components/request-reset-form";

export const metadata: Metadata = { title: "Wachtwoord vergeten" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-8 text-lg">
      <h1 className="mb-4 text-3xl font-bold">Wachtwoord vergeten</h1>
      <p className="mb-6">
        Vul het e-mailadres in waarmee u inlogt. U krijgt dan een e-mail met een link waarmee u een nieuw wachtwoord kiest. De link werkt 30
        minuten.
      </p>
      <RequestResetForm />
      <p className="mt-8">
        <Link href="/inloggen" className="underline underline-offset-2">
          Terug naar inloggen
        </Link>
      </p>
    </div>
  );
}
