// The benchmark's peer: the smallest fair equivalent of the widget built from the npm package
// react-body-highlighter (React 18): a body map with a front/back switch where tapping a muscle
// highlights it and shows a short tip in a live region. Built by scripts/bench.sh with esbuild
// (minified, NODE_ENV=production) into target/bench/peer/. Never shipped.
import { useCallback, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Model from 'react-body-highlighter';

const TIPS = {
  calves: 'A tight calf often eases with gentle stretching and warmth. A swollen, warm or red calf needs a doctor first.',
  'left-soleus': 'A deep calf ache usually eases with rest and slow calf raises.',
  'right-soleus': 'A deep calf ache usually eases with rest and slow calf raises.',
  hamstring: 'Tight hamstrings respond to slow, gentle stretches; avoid bouncing.',
  quadriceps: 'Soreness in the front of the thigh after massage fades in a day or two.',
  adductor: 'The inner thigh is sensitive: ask for lighter pressure there.',
  abductors: 'A tight outer hip often eases with gentle stretching.',
  gluteal: 'A knot in the buttock can refer pain down the leg; warmth helps.',
  knees: 'A sore knee joint needs rest, not deep pressure.',
};
const OTHER = 'Tell your therapist where it hurts and how it feels.';

function App() {
  const [view, setView] = useState('anterior');
  const [tip, setTip] = useState(null);
  const onClick = useCallback(({ muscle }) => setTip({ muscle, text: TIPS[muscle] || OTHER }), []);
  const data = useMemo(() => (tip ? [{ name: 'selected', muscles: [tip.muscle] }] : []), [tip]);
  return (
    <>
      <div className="views" role="group" aria-label="Which side to show">
        <button type="button" aria-pressed={view === 'anterior'} onClick={() => setView('anterior')}>Front</button>
        <button type="button" aria-pressed={view === 'posterior'} onClick={() => setView('posterior')}>Back</button>
      </div>
      <Model type={view} data={data} onClick={onClick} highlightedColors={['#0f766e']} />
      <p className="tip" aria-live="polite" data-muscle={tip?.muscle}>
        {tip ? `${tip.muscle.replace('-', ' ')}: ${tip.text}` : 'Tap a muscle to read a tip.'}
      </p>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
