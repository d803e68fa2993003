// Registration form: show the company fields only to recruiters, and only those of the chosen company option.
// Without JavaScript every field stays visible and the server still validates them.
(function () {
    const form = document.querySelector('[data-testid="register-form"]');
    if (!form) return;

    function checked(name) {
        const input = form.querySelector(`input[name="${name}"]:checked`);
        return input ? input.value : '';
    }

    function update() {
        const role = checked('Input.Role');
        const company = checked('Input.Company');
        form.querySelectorAll('[data-show-for-role]').forEach(el => { el.hidden = el.dataset.showForRole !== role; });
        form.querySelectorAll('[data-show-for-company]').forEach(el => { el.hidden = el.dataset.showForCompany !== company; });
    }

    form.addEventListener('change', update);
    update();
})();
