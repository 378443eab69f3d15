export default function HomePage() {
  return <main><h1>Werkcentrum Gooi en Vechtstreek</h1></main>;
}
