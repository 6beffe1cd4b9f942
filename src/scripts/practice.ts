/**
 * Self-test mode in the browser: the 自测模式 / Self-test toggle (aria-pressed) switches
 * `<html data-self-test>` and remembers it; each 显示答案 / Show answer button (aria-expanded)
 * reveals the answer it controls. Answers stay in the HTML (search indexes them); CSS hides them.
 * One delegated listener, so it costs nothing per answer.
 */
import { SELF_TEST_STORAGE_KEY } from './self-test-head';

const root = document.documentElement;

function selfTestOn(): boolean {
  return root.dataset.selfTest === 'on';
}

function setRevealed(button: HTMLElement, revealed: boolean): void {
  button.setAttribute('aria-expanded', String(revealed));
  const label = revealed ? button.dataset.hideLabel : button.dataset.showLabel;
  if (label) button.textContent = label;
  const answer = document.getElementById(button.getAttribute('aria-controls') ?? '');
  answer?.toggleAttribute('data-revealed', revealed);
}

function setSelfTest(on: boolean): void {
  root.dataset.selfTest = on ? 'on' : 'off';
  try {
    localStorage.setItem(SELF_TEST_STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Private mode without storage: the mode lasts for this page only.
  }
  syncControls();
}

/** Toggles show the mode; every answer starts hidden again when the mode changes. */
function syncControls(): void {
  for (const toggle of document.querySelectorAll('[data-self-test-toggle]')) {
    toggle.setAttribute('aria-pressed', String(selfTestOn()));
  }
  for (const button of document.querySelectorAll<HTMLElement>('[data-answer-reveal]')) setRevealed(button, false);
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('[data-self-test-toggle]')) return setSelfTest(!selfTestOn());
  const reveal = target?.closest<HTMLElement>('[data-answer-reveal]');
  if (reveal) setRevealed(reveal, reveal.getAttribute('aria-expanded') !== 'true');
});

// Another tab switched the mode.
window.addEventListener('storage', (event) => {
  if (event.key !== SELF_TEST_STORAGE_KEY) return;
  root.dataset.selfTest = event.newValue === 'on' ? 'on' : 'off';
  syncControls();
});

syncControls();
