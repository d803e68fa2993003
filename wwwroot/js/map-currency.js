// The mapping page's preview follows the answers for "$" alone and for unmarked amounts as the candidate changes them,
// so "$ 1.234,56 → 1.234,56 USD" always shows what will be imported.
(function () {
    function follow(selectId, kind) {
        var select = document.getElementById(selectId);
        if (!select) return;
        select.addEventListener('change', function () {
            document.querySelectorAll('[data-declared="' + kind + '"]').forEach(function (currency) {
                currency.textContent = select.value || currency.getAttribute('data-unstated');
            });
        });
    }
    follow('DollarSignCurrency', 'dollar');
    follow('BookCurrency', 'book');
})();
