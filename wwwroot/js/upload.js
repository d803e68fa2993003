// Upload page: drag and drop onto the drop zone, a size check before sending, and a progress bar while the file
// goes up and while the server reads it. Without JavaScript the form posts normally.
(function () {
    const form = document.querySelector('[data-testid="upload-form"]');
    if (!form) return;
    const input = form.querySelector('input[type=file]');
    const zone = form.querySelector('[data-drop-zone]');
    const progress = form.querySelector('[data-progress]');
    const bar = form.querySelector('[data-progress-bar]');
    const reading = form.querySelector('[data-reading]');
    const errors = form.querySelector('[data-testid="upload-error"]');
    const maxBytes = Number(form.dataset.maxBytes);

    ['dragenter', 'dragover'].forEach(type => zone.addEventListener(type, event => {
        event.preventDefault();
        zone.classList.add('drop-zone-active');
    }));
    ['dragleave', 'drop'].forEach(type => zone.addEventListener(type, () => zone.classList.remove('drop-zone-active')));
    zone.addEventListener('drop', event => {
        event.preventDefault();
        if (event.dataTransfer.files.length > 0) input.files = event.dataTransfer.files;
    });

    function showError(message) {
        errors.innerHTML = '';
        const list = document.createElement('ul');
        const item = document.createElement('li');
        item.textContent = message;
        list.appendChild(item);
        errors.appendChild(list);
        errors.classList.remove('validation-summary-valid');
        errors.classList.add('validation-summary-errors');
    }

    form.addEventListener('submit', event => {
        const file = input.files[0];
        if (!file) return;
        if (file.size > maxBytes) {
            event.preventDefault();
            showError(form.dataset.tooLarge);
            return;
        }
        event.preventDefault();
        const request = new XMLHttpRequest();
        request.open('POST', form.action || window.location.href);
        request.upload.addEventListener('progress', e => {
            if (e.lengthComputable) bar.style.width = Math.round(100 * e.loaded / e.total) + '%';
        });
        request.upload.addEventListener('load', () => { reading.hidden = false; });
        request.addEventListener('load', () => {
            if (request.status === 200 && request.responseURL !== window.location.href) {
                window.location.assign(request.responseURL);
                return;
            }
            // A refused file: show the server's message, keep the chosen file so the person can try again.
            const page = new DOMParser().parseFromString(request.responseText, 'text/html');
            const message = page.querySelector('[data-testid="upload-error"] li');
            showError(message ? message.textContent : request.statusText);
            progress.hidden = true;
            reading.hidden = true;
        });
        request.addEventListener('error', () => {
            showError(request.statusText || 'Network error');
            progress.hidden = true;
        });
        progress.hidden = false;
        bar.style.width = '0%';
        request.send(new FormData(form));
    });
})();
