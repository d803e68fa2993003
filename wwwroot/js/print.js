// A print button without inline script (the content security policy forbids it).
document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()));
