// Sharing a report: the consent statement names the company as soon as it is chosen in the list.
// Without JavaScript the statement names it after the form is sent back, and the receipt always does.
(function () {
    const select = document.querySelector('[data-company-select]');
    const named = document.querySelector('[data-consent-company]');
    if (!select || !named) return;
    const placeholder = named.dataset.consentCompany;

    function update() {
        const option = select.selectedOptions[0];
        named.textContent = option && option.value ? option.textContent : placeholder;
    }

    select.addEventListener('change', update);
    update();
})();
