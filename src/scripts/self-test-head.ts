/**
 * The self-test mode switch, shared by the head script and the page script: the localStorage key
 * and the `<html>` attribute the CSS reads (`data-self-test="on"` hides answers).
 */
export const SELF_TEST_STORAGE_KEY = 'docker-notes:self-test';

/**
 * A tiny inline `<head>` script (astro.config.mjs `head`): applies the remembered self-test mode
 * before the first paint, so answers never flash. It also marks that scripts run
 * (`data-self-test` is present at all), which is what shows the toggle.
 */
export const SELF_TEST_HEAD_SCRIPT = `try{document.documentElement.dataset.selfTest=localStorage.getItem('${SELF_TEST_STORAGE_KEY}')==='on'?'on':'off'}catch(e){document.documentElement.dataset.selfTest='off'}`;
