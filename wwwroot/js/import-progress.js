// Import progress page: asks the server how far the import got every second, moves the bar, and goes on to the
// book's summary when it is done (or reloads the page, which then explains a failure). Without JavaScript the
// page has a link to refresh it.
(function () {
    const panel = document.querySelector('[data-import-progress]');
    if (!panel) return;
    const bar = panel.querySelector('[data-progress-bar]');
    const meter = panel.querySelector('[data-progress]');
    const phase = panel.querySelector('[data-phase]');
    const rows = panel.querySelector('[data-rows]');

    function show(percent) {
        bar.style.width = percent + '%';
        meter.setAttribute('aria-valuenow', String(percent));
    }

    async function poll() {
        try {
            const response = await fetch(panel.dataset.statusUrl, { headers: { 'Accept': 'application/json' }, cache: 'no-store' });
            if (response.redirected || response.status === 404) {
                // Signed out, or the import is gone (the account erased): the page itself says what happened.
                window.location.reload();
                return;
            }
            if (response.ok) {
                const status = await response.json();
                show(status.percent);
                phase.textContent = status.phase;
                rows.textContent = status.rows;
                if (status.next) {
                    window.location.assign(status.next);
                    return;
                }
            }
        } catch (e) {
            // A dropped connection: the next poll tries again.
        }
        window.setTimeout(poll, 1000);
    }

    show(Number(bar.dataset.percent) || 0);
    window.setTimeout(poll, 500);
})();
