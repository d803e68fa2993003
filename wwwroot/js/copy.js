// Copy buttons without inline script (the content security policy forbids it): data-copy names the field to copy,
// data-copied the text the button shows for a moment once it is done.
document.querySelectorAll('[data-copy]').forEach(button => button.addEventListener('click', async () => {
    const field = document.querySelector(button.dataset.copy);
    if (!field) return;
    field.select();
    try {
        await navigator.clipboard.writeText(field.value);
    } catch {
        document.execCommand('copy'); // older browsers, or a page not served over a secure origin
    }
    if (button.dataset.copied) {
        const label = button.textContent;
        button.textContent = button.dataset.copied;
        setTimeout(() => { button.textContent = label; }, 2000);
    }
}));
