// Registered before the first render, so React 19 sets `assessment` as a property, not an attribute.
import 'career-framework-elements/define';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

createRoot(document.querySelector('#app')!).render(<App />);
