/**
 * The bench's yardstick: the plainest Vite + React + Recharts page that draws 100
 * bars, built and measured in the same run as the dashboard.
 */
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';

const data = Array.from({ length: 100 }, (_, i) => ({ name: `item ${i + 1}`, value: ((i * 37) % 100) + 10 }));

function App() {
  return (
    <figure>
      <BarChart width={1200} height={500} data={data}>
        <XAxis dataKey="name" />
        <YAxis />
        <Bar dataKey="value" fill="#0072B2" isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
