import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'auth-sign-in';
import 'auth-sign-in/themes/light.css';
import App from './App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
