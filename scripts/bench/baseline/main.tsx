/**
 * The bench's yardstick: the plainest Vite + React + Recharts page that draws 100
 * bars, with one filter toggle (a button that keeps only the bars over 50, and back),
 * built and measured in the same run as the dashboard.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';

const data = Array.from({ length: 100 }, (_, i) => ({ name: `item ${i + 1}`, value: ((i * 37) % 100) + 10 }));
const over50 = data.filter((d) => d.value > 50);

function App() {
  const [filtered, setFiltered] = useState(false);
  return (
    <figure>
      <button type="button" aria-pressed={filtered} onClick={() => setFiltered((f) => !f)}>
        Only values over 50
      </button>
      <BarChart width={1200} height={500} data={filtered ? over50 : data}>
        <XAxis dataKey="name" />
        <YAxis />
        <Bar dataKey="value" fill="#0072B2" isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
