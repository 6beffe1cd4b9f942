/**
 * The practice controls in the browser. Self-test mode: the 自测模式 / Self-test toggle (aria-pressed) switches
 * `<html data-self-test>` and remembers it; each 显示答案 / Show answer button (aria-expanded)
 * reveals the answer it controls. Answers stay in the HTML (search indexes them); CSS hides them.
 * Topic index pages: the 学习顺序 / 出现频率 buttons reorder the question list by the
 * `data-frequency` each item carries (ties keep the learning order). One delegated listener.
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

/** Orders every list of topic questions by learning order (as built) or by frequency. */
function sortQuestions(order: string): void {
  for (const button of document.querySelectorAll('[data-sort]')) {
    button.setAttribute('aria-pressed', String(button.getAttribute('data-sort') === order));
  }
  for (const list of document.querySelectorAll('.sl-markdown-content ol')) {
    const items = [...list.children].filter((item): item is HTMLElement => item instanceof HTMLElement);
    if (!items.some((item) => item.querySelector('[data-frequency]'))) continue;
    items.forEach((item, index) => (item.dataset.learningOrder ??= String(index)));
    const key = (item: HTMLElement, name: 'frequency' | 'learningOrder') =>
      Number((name === 'frequency' ? item.querySelector<HTMLElement>('[data-frequency]')?.dataset : item.dataset)?.[name] ?? 0);
    items.sort((a, b) => (order === 'frequency' ? key(b, 'frequency') - key(a, 'frequency') : 0) || key(a, 'learningOrder') - key(b, 'learningOrder'));
    list.append(...items);
  }
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('[data-self-test-toggle]')) return setSelfTest(!selfTestOn());
  const sort = target?.closest('[data-sort]')?.getAttribute('data-sort');
  if (sort) return sortQuestions(sort);
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
